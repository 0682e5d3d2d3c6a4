import crypto from 'node:crypto';
import { PURPOSES } from '../contract/index.js';
import type { Db } from '../db/connection.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { conflict, notFound } from '../shared/errors.js';
import { clinicDay } from '../shared/clinicDate.js';
import * as repo from './documents.repo.js';

export interface DocumentInput {
  version: string;
  text: string;
  effective_from: string;
  purpose?: string;
  title?: string;
}

export const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** Drafting and publishing of policy versions (clause 6.1) and consent forms: a published one never changes. */
export class DocumentService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly kind: repo.DocumentKind,
    private readonly now: () => Date,
  ) {}

  list(q: ListQuery) {
    const { rows, total } = repo.listDocuments(this.db, this.kind, q);
    const current = new Set(this.currentIds());
    return { rows: rows.map((r) => ({ ...r, is_current: current.has(r.id) })), total };
  }

  get(id: number) {
    const row = repo.findDocument(this.db, this.kind, id);
    if (!row) throw notFound(this.label());
    return { ...row, is_current: this.currentIds().includes(id) };
  }

  create(ctx: RequestContext, input: DocumentInput) {
    return inWriteTransaction(this.db, () => {
      this.assertVersionFree(input);
      const at = this.now().toISOString();
      const id = repo.insertDocument(this.db, this.kind, { ...this.fields(input), created_at: at, updated_at: at });
      this.audit.recordWithin(ctx, {
        action: `${this.kind}.created`,
        entityType: this.kind,
        entityId: id,
        details: this.summary(input),
      });
      return this.get(id);
    });
  }

  update(ctx: RequestContext, id: number, input: DocumentInput) {
    return inWriteTransaction(this.db, () => {
      this.assertDraft(id);
      this.assertVersionFree(input, id);
      repo.updateDraft(this.db, this.kind, id, { ...this.fields(input), updated_at: this.now().toISOString() });
      this.audit.recordWithin(ctx, {
        action: `${this.kind}.updated`,
        entityType: this.kind,
        entityId: id,
        details: this.summary(input),
      });
      return this.get(id);
    });
  }

  remove(ctx: RequestContext, id: number) {
    return inWriteTransaction(this.db, () => {
      const draft = this.assertDraft(id);
      repo.deleteDraft(this.db, this.kind, id);
      this.audit.recordWithin(ctx, {
        action: `${this.kind}.draft_deleted`,
        entityType: this.kind,
        entityId: id,
        details: { version: draft.version },
      });
      return draft;
    });
  }

  publish(ctx: RequestContext, id: number) {
    return inWriteTransaction(this.db, () => {
      const draft = this.assertDraft(id);
      repo.publish(this.db, this.kind, id, this.now().toISOString(), ctx.actor.login);
      this.audit.recordWithin(ctx, {
        action: `${this.kind}.published`,
        entityType: this.kind,
        entityId: id,
        details: {
          version: draft.version,
          purpose: draft.purpose,
          effective_from: draft.effective_from,
          text_sha256: draft.text_sha256,
        },
      });
      return this.get(id);
    });
  }

  /** The current version and the one directly before it: what a website may still show during a switch-over. */
  acceptable(purpose?: string): repo.DocumentRow[] {
    return repo.inForce(this.db, this.kind, clinicDay(this.now()), purpose, 2);
  }

  current(purpose?: string): repo.DocumentRow | undefined {
    return this.acceptable(purpose)[0];
  }

  private currentIds(): number[] {
    if (this.kind === 'policy') return this.current() ? [this.current()!.id] : [];
    return PURPOSES.flatMap((p) => this.current(p)?.id ?? []);
  }

  private fields(input: DocumentInput) {
    const base = {
      version: input.version,
      text: input.text,
      text_sha256: sha256(input.text),
      effective_from: input.effective_from,
    };
    return this.kind === 'consent_form' ? { ...base, purpose: input.purpose, title: input.title } : base;
  }

  private summary(input: DocumentInput) {
    return {
      version: input.version,
      effective_from: input.effective_from,
      purpose: input.purpose,
      text_sha256: sha256(input.text),
    };
  }

  private assertDraft(id: number): repo.DocumentRow {
    const row = repo.findDocument(this.db, this.kind, id);
    if (!row) throw notFound(this.label());
    if (row.status !== 'draft')
      throw conflict(`A published ${this.label().toLowerCase()} is immutable`, 'published_immutable');
    return row;
  }

  private assertVersionFree(input: DocumentInput, exceptId = 0) {
    if (repo.versionTaken(this.db, this.kind, input.version, input.purpose, exceptId)) {
      throw conflict(`Version "${input.version}" already exists`, 'version_taken', {
        errors: { version: 'This version already exists' },
        codes: { version: 'version_taken' },
      });
    }
  }

  private label() {
    return this.kind === 'policy' ? 'Policy version' : 'Consent form';
  }
}
