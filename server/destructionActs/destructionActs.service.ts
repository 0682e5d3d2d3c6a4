import type { Db } from '../db/connection.js';
import type {
  DestructionActContent,
  DestructionActDetail,
  DestructionActRecord,
  DestructionPlanItem,
} from '../contract/index.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { OwnerKeyring } from '../uploads/dataKeys.js';
import type { SettingsService } from '../settings/settings.service.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { conflict, notFound } from '../shared/errors.js';
import { renderPdf } from '../printing/pdf.js';
import { actContentAad } from '../destruction/actContent.js';
import { actDocument, extractDocument } from './actDocuments.js';
import type { ActDocumentKind } from './destructionActs.schema.js';
import * as repo from './destructionActs.repo.js';

/**
 * The register of destruction acts (Order 179), for the compliance officer: the list (no person in it), the audited
 * read of an act's content, its act and log-extract PDFs (each print audited), and the register's CSV export (audited
 * with its reason). An act's content lives only until its retention ends (server/retention/).
 */
export class DestructionActService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly ownerKeys: OwnerKeyring,
    private readonly settings: SettingsService,
  ) {}

  list(q: ListQuery): { rows: DestructionActRecord[]; total: number } {
    const { rows, total } = repo.listActs(this.db, q);
    return { rows: rows.map(toRecord), total };
  }

  /** The act with its content while it is kept: an audited read, its entry naming the number only. */
  view(ctx: RequestContext, id: number): Promise<DestructionActDetail> {
    return inWriteTransaction(this.db, () => {
      const row = this.find(id);
      const content = row.status === 'kept' ? this.open(row) : null;
      this.audit.recordWithin(ctx, {
        action: 'destruction_act.viewed',
        entityType: 'destruction_act',
        entityId: id,
        subjectId: row.subject_id,
        details: { number: row.number, status: row.status },
      });
      return { ...toRecord(row), content };
    });
  }

  /** The act or its log extract as PDF; 409 act_expired once the content is gone. Audited once rendered. */
  async pdf(ctx: RequestContext, id: number, document: ActDocumentKind): Promise<{ pdf: Buffer; filename: string }> {
    const row = this.find(id);
    if (row.status !== 'kept') throw expired(row);
    const operator = this.settings.requireComplete();
    const content = this.open(row);
    const pdf = await renderPdf(
      document === 'act' ? actDocument(content, operator) : extractDocument(content, operator),
    );
    await this.audit.recordAlone(ctx, {
      action: 'destruction_act.printed',
      entityType: 'destruction_act',
      entityId: id,
      subjectId: row.subject_id,
      details: { number: row.number, document },
    });
    return { pdf, filename: `${row.number}${document === 'act' ? '' : '-выгрузка'}.pdf` };
  }

  /**
   * The filtered register for CSV, audited in the same transaction that reads it (the count logged is what goes out),
   * with the filter's keys (not its values) and the reason typed for it.
   */
  exportRegister(ctx: RequestContext, q: ListQuery, reason: string): Promise<DestructionActRecord[]> {
    return inWriteTransaction(this.db, () => {
      const rows = repo.exportActs(this.db, q).map(toRecord);
      this.audit.recordWithin(ctx, {
        action: 'destruction_acts.exported',
        entityType: 'destruction_acts',
        details: { rows: rows.length, filters: Object.keys(q.filter), reason },
      });
      return rows;
    });
  }

  private find(id: number): repo.ActRow {
    const row = repo.findAct(this.db, id);
    if (!row) throw notFound('Destruction act');
    return row;
  }

  /** The content under the act's own key; a kept act without its key is a broken invariant, not a user error. */
  private open(row: repo.ActRow): DestructionActContent {
    const key = row.owner_key_id !== null ? this.ownerKeys.find(row.owner_key_id) : null;
    if (!key || !row.content_enc) throw new Error(`Destruction act ${row.id} is kept but its content cannot be opened`);
    return JSON.parse(key.open(row.content_enc, actContentAad(row.id)).toString('utf8')) as DestructionActContent;
  }
}

function toRecord(row: repo.ActRow): DestructionActRecord {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    destruction_id: row.destruction_id,
    subject_id: row.subject_id,
    submission_destruction_id: row.submission_destruction_id,
    submissions_count: row.submissions_count,
    destroyed_on: row.destroyed_on,
    reason: row.reason,
    categories: JSON.parse(row.categories) as DestructionPlanItem[],
    expires_on: row.expires_on,
    status: row.status,
    created_at: row.created_at,
  };
}

function expired(row: repo.ActRow) {
  return conflict(`Act ${row.number} was kept until ${row.expires_on}: its content has been deleted`, 'act_expired');
}
