import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import { z } from 'zod';
import { AUDIT_EXPORT_FORMATS, MIN_REASON_LENGTH } from '../contract/index.js';
import { sendCsv } from '../http/csv.js';
import type { PreparedExport } from './export.service.js';
import { AUDIT_CSV_HEADER } from './exportCsv.js';
import type { CsvRow } from '../http/csv.js';

/** ?format=csv|jsonl&reason=… (the filter is the list's, parsed by its contract). */
export const exportQuery = z
  .object({
    format: z.enum(AUDIT_EXPORT_FORMATS, { message: 'Expected csv or jsonl' }),
    reason: z
      .string({ message: 'State why the log is exported' })
      .trim()
      .min(MIN_REASON_LENGTH, `State why the log is exported (at least ${MIN_REASON_LENGTH} characters)`)
      .max(500, 'At most 500 characters'),
  })
  .passthrough();

/** audit-log-2026-12-02T04-15-09Z.jsonl: sortable, and no character a file system refuses. */
export const exportFileName = (at: Date, format: 'csv' | 'jsonl') =>
  `audit-log-${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z.${format}`;

/**
 * Streams a prepared export with backpressure (the snapshot's cursor is pulled only as fast as the client reads), and
 * closes its read connection however the stream ends. X-Export-Rows lets the SPA show rows received of the total.
 */
export async function sendExport(
  res: Response,
  format: 'csv' | 'jsonl',
  filename: string,
  prepared: PreparedExport<string | Buffer> | PreparedExport<CsvRow>,
): Promise<void> {
  res.set('X-Export-Rows', String(prepared.rows));
  try {
    if (format === 'csv') {
      await sendCsv(res, filename, AUDIT_CSV_HEADER, prepared.body as Generator<CsvRow>);
      return;
    }
    res.set('Content-Type', 'application/x-ndjson; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="${filename}"`);
    await pipeline(Readable.from(prepared.body as Generator<string | Buffer>), res).catch((error: unknown) => {
      // The client went away: nothing more to send (the export was audited when it started).
      if ((error as NodeJS.ErrnoException)?.code === 'ERR_STREAM_PREMATURE_CLOSE' && !res.writableFinished) return;
      throw error;
    });
  } finally {
    prepared.close();
  }
}
