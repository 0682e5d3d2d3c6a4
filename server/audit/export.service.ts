import type { Db } from '../db/connection.js';
import type { AuditWriter } from './auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { CheckpointService } from '../checkpoints/checkpoints.service.js';
import { signingKeys } from '../checkpoints/checkpoints.repo.js';
import { lastEntry } from './audit.repo.js';
import { auditLogWhere } from './auditLog.repo.js';
import { openChainReader } from './chainSlice.repo.js';
import {
  beginSnapshot,
  checkpointsCovering,
  csvEntries,
  endSnapshot,
  entryLines,
  entryLinesBetween,
  exportedRange,
} from './export.repo.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader, type ExportTrailer } from './exportFormat.js';
import { csvRecord, type CsvRecord } from './exportCsv.js';

export type ExportFormat = 'csv' | 'jsonl';

/** An export ready to stream: pull `body` once; `close` must run whether it was read to the end or not. */
export interface PreparedExport<T> {
  body: Generator<T>;
  rows: number;
  close: () => void;
}

// Lines per chunk written: one write per ~60 kB rather than per entry, and below V8's large-object size (128 kB), so
// each chunk dies young in the nursery instead of piling up in large-object space until a full collection.
const LINES_PER_CHUNK = 128;
// Ids per buffer of the whole log's lines (about 140 kB): one SQLite call per stretch costs nothing next to building
// its lines, and the buffers live outside V8's heap, each freed once written.
const IDS_PER_BUFFER = 256;

/**
 * Exports of the audit log (issue 13 §4): the JSON Lines an auditor verifies offline, and a CSV for people. Both read
 * a snapshot on a read-only connection of their own, so the stream holds no lock the writers need and the server's
 * connection stays free (better-sqlite3 forbids other statements on a connection while an iterator is open).
 *
 * The export is audited when it starts, once the count is known from that snapshot, in its own unit of the group
 * commit and before the first byte goes out: no export can leave without its entry, even if the server dies mid-way
 * or the client stops reading (the entry then names more rows than went, which overstates, never hides). Auditing
 * after the stream instead would lose exactly those. The snapshot is taken before the entry is written, so an
 * export never holds its own `audit_log.exported`.
 */
export class AuditExportService {
  constructor(
    private readonly databasePath: string,
    private readonly audit: AuditWriter,
    private readonly checkpoints: CheckpointService,
    private readonly now: () => Date,
  ) {}

  async jsonl(
    ctx: RequestContext,
    filter: Record<string, unknown>,
    reason: string,
  ): Promise<PreparedExport<string | Buffer>> {
    return this.open(ctx, 'jsonl', filter, reason, (reader, range) => {
      const head = lastEntry(reader) ?? null;
      const checkpoints = range.first === null ? [] : checkpointsCovering(reader, range.first, range.last!);
      const key = this.checkpoints.publicKey();
      const header: ExportHeader = {
        type: 'header',
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exported_at: this.now().toISOString(),
        filter,
        head: head && { id: head.id, hash: head.hash },
        entries: range.count,
        public_key: { pem: key.public_key_pem, fingerprint: key.fingerprint, short_fingerprint: key.short_fingerprint },
        signing_keys: signingKeys(reader).map((k) => ({ fingerprint: k.fingerprint, public_key: k.public_key })),
      };
      const trailer: ExportTrailer = {
        type: 'trailer',
        entries: range.count,
        checkpoints: checkpoints.length,
        first_id: range.first,
        last_id: range.last,
      };
      return {
        details: { checkpoints: checkpoints.length },
        body: jsonlChunks(
          header,
          () =>
            Object.keys(filter).length === 0 && range.first !== null
              ? wholeLogBuffers(reader, range.first, range.last!)
              : lineChunks(entryLines(reader, auditLogWhere(filter))),
          checkpoints,
          trailer,
        ),
      };
    });
  }

  async csv(ctx: RequestContext, filter: Record<string, unknown>, reason: string): Promise<PreparedExport<CsvRecord>> {
    return this.open(ctx, 'csv', filter, reason, (reader) => ({
      details: {},
      body: (function* () {
        for (const row of csvEntries(reader, auditLogWhere(filter))) yield csvRecord(row);
      })(),
    }));
  }

  private async open<T>(
    ctx: RequestContext,
    format: ExportFormat,
    filter: Record<string, unknown>,
    reason: string,
    build: (
      reader: Db,
      range: ReturnType<typeof exportedRange>,
    ) => { details: Record<string, unknown>; body: Generator<T> },
  ): Promise<PreparedExport<T>> {
    const reader = openChainReader(this.databasePath);
    let body: Generator<T> | undefined;
    let closed = false;
    // Ends the body first (a client gone mid-way leaves its cursor open, and COMMIT refuses a busy connection).
    const close = () => {
      if (closed) return;
      closed = true;
      body?.return(undefined);
      endSnapshot(reader);
      reader.close();
    };
    try {
      beginSnapshot(reader);
      const range = exportedRange(reader, auditLogWhere(filter));
      const built = build(reader, range);
      body = built.body;
      await this.audit.recordAlone(ctx, {
        action: 'audit_log.exported',
        entityType: 'audit_log',
        details: {
          format,
          filters: Object.keys(filter),
          reason,
          rows: range.count,
          first_id: range.first,
          last_id: range.last,
          ...built.details,
        },
      });
      return { body: built.body, rows: range.count, close };
    } catch (error) {
      close();
      throw error;
    }
  }
}

function* jsonlChunks(
  header: ExportHeader,
  entries: () => Iterable<string | Buffer>,
  checkpoints: object[],
  trailer: ExportTrailer,
): Generator<string | Buffer> {
  yield `${JSON.stringify(header)}\n`;
  yield* entries();
  for (const c of checkpoints) yield `${JSON.stringify({ type: 'checkpoint', ...c })}\n`;
  yield `${JSON.stringify(trailer)}\n`;
}

/** A filtered selection's lines, LINES_PER_CHUNK to a string. */
function* lineChunks(lines: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length === LINES_PER_CHUNK) {
      yield `${batch.join('\n')}\n`;
      batch = [];
    }
  }
  if (batch.length) yield `${batch.join('\n')}\n`;
}

/** The whole log's lines, first..last, read by stretches of ids (the snapshot's range: no entry after it). */
function* wholeLogBuffers(reader: Db, first: number, last: number): Generator<Buffer> {
  for (let from = first; from <= last; from += IDS_PER_BUFFER) {
    const lines = entryLinesBetween(reader, from, Math.min(last, from + IDS_PER_BUFFER - 1));
    if (lines) yield lines;
  }
}
