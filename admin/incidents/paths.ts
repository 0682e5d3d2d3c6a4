import type { Identifier } from 'react-admin';
import type { EvidenceWindow } from '../providers/dataProvider';
import type { IncidentNoticeKind } from '../types';

const idPath = (id: Identifier) => encodeURIComponent(String(id));

/** The notices' addresses: notice_24h → notice-24h, results_72h → results-72h. */
export const noticePath = (kind: IncidentNoticeKind) => (kind === 'notice_24h' ? 'notice-24h' : 'results-72h');

/** The print view of a notice: a route of the incidents resource (/incidents/:id/print/notice-24h, …/results-72h). */
export const INCIDENT_PRINT_ROUTE = ':id/print/:notice';

export const incidentPrintPath = (id: Identifier, kind: IncidentNoticeKind) =>
  `/incidents/${idPath(id)}/print/${noticePath(kind)}`;

/** The kind a print route names, or null for any other path. */
export const noticeKindOf = (segment: string | undefined): IncidentNoticeKind | null =>
  segment === 'notice-24h' ? 'notice_24h' : segment === 'results-72h' ? 'results_72h' : null;

/** The window as a query string: from, to and, if chosen, the staff member. */
export const windowQuery = ({ from, to, actor_id }: EvidenceWindow) =>
  new URLSearchParams({ from, to, ...(actor_id ? { actor_id: String(actor_id) } : {}) }).toString();

/** The CSV files go through the data provider's downloadCsv, which takes a path under /api. */
export const evidenceCsvPath = (id: Identifier, window: EvidenceWindow) =>
  `/incidents/${idPath(id)}/evidence.csv?${windowQuery(window)}`;
export const attachedEvidencePath = (id: Identifier, evidenceId: Identifier) =>
  `/incidents/${idPath(id)}/evidence/${idPath(evidenceId)}.csv`;
