// The audit log's export and the console's verification of the live chain (issue 13 §4).

export const AUDIT_EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

/** GET /api/audit-log/verify/:id: a verification of the live log, running or done. */
export interface AuditVerification {
  id: string;
  status: 'running' | 'passed' | 'failed' | 'error';
  started_at: string;
  finished_at: string | null;
  started_by: string;
  /** Entries verified so far, of `total` (the highest id when it started). */
  checked: number;
  total: number;
  /** Once done: the chain's and the checkpoints' answers, as audit:verify reports them. */
  result: {
    chain: { ok: boolean; checked: number; broken_at?: number; reason?: string };
    checkpoints: {
      ok: boolean;
      checked: number;
      broken_at?: number;
      reason?: string;
      last_id?: number | null;
      uncovered?: number;
    };
    seconds: number;
  } | null;
}
