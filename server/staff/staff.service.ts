import type { Db } from '../db/connection.js';
import type { Assignee, Role, Staff } from '../contract/index.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { conflict, notFound } from '../shared/errors.js';
import { generateOneTimePassword, hashPassword } from '../auth/passwords.js';
import { deleteSessionsOf } from '../auth/sessions.repo.js';
import * as repo from './staff.repo.js';

/** A staff account as the API answers it (the contract's record). */
export type StaffRecord = Staff;

export class StaffService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly now: () => Date,
  ) {}

  list(q: ListQuery) {
    const { rows, total } = repo.listStaff(this.db, q);
    return { rows: rows.map(toRecord), total };
  }

  get(id: number): StaffRecord {
    const row = repo.findStaffById(this.db, id);
    if (!row) throw notFound('Staff member');
    return toRecord(row);
  }

  /** Colleagues by name (GET /api/assignees): who works a letter or a term, for every signed-in role. */
  listAssignees(q: ListQuery): { rows: Assignee[]; total: number } {
    const { rows, total } = repo.listAssignees(this.db, q);
    return { rows: rows.map(toAssignee), total };
  }

  getAssignee(id: number): Assignee {
    const row = repo.findStaffById(this.db, id);
    if (!row) throw notFound('Staff member');
    return toAssignee(row);
  }

  /**
   * Creates an account. Without a password (the admin screen) a one-time password is generated,
   * returned once, and must be changed at first login.
   */
  async create(
    ctx: RequestContext,
    input: { login: string; full_name: string; position?: string | null; role: string; password?: string },
  ) {
    const temporaryPassword = input.password ? null : generateOneTimePassword();
    const passwordHash = await hashPassword(input.password ?? temporaryPassword!);
    const record = await inWriteTransaction(this.db, () => {
      if (repo.findStaffByLogin(this.db, input.login)) {
        throw conflict(`Login "${input.login}" is taken`, 'login_taken', {
          errors: { login: 'Login is taken' },
          codes: { login: 'login_taken' },
        });
      }
      const id = repo.insertStaff(this.db, {
        login: input.login,
        full_name: input.full_name,
        position: input.position ?? null,
        role: input.role,
        password_hash: passwordHash,
        must_change_password: !!temporaryPassword,
        now: this.now().toISOString(),
      });
      this.audit.recordWithin(ctx, {
        action: 'staff.created',
        entityType: 'staff',
        entityId: id,
        details: { login: input.login, full_name: input.full_name, position: input.position ?? null, role: input.role },
      });
      return toRecord(repo.findStaffById(this.db, id)!);
    });
    return { record, temporaryPassword };
  }

  /**
   * Name, position, role and the active flag; a position not given is kept. Disabling ends the account's sessions in
   * the same transaction.
   */
  update(
    ctx: RequestContext,
    id: number,
    input: { full_name: string; position?: string | null; role: string; active: boolean },
  ): Promise<StaffRecord> {
    return inWriteTransaction(this.db, () => {
      const current = repo.findStaffById(this.db, id);
      if (!current) throw notFound('Staff member');
      const losesAdmin = current.role === 'admin' && current.active && (input.role !== 'admin' || !input.active);
      if (losesAdmin && repo.countActiveAdmins(this.db) <= 1) {
        throw conflict('The last active administrator cannot be disabled or demoted', 'last_admin');
      }
      const at = this.now().toISOString();
      const position = input.position === undefined ? current.position : input.position;
      repo.updateStaffProfile(this.db, id, { ...input, position, now: at });
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (current.full_name !== input.full_name) changes.full_name = { from: current.full_name, to: input.full_name };
      if (current.position !== position) changes.position = { from: current.position, to: position };
      if (current.role !== input.role) changes.role = { from: current.role, to: input.role };
      if (!!current.active !== input.active) changes.active = { from: !!current.active, to: input.active };
      const base = { entityType: 'staff', entityId: id };
      if (Object.keys(changes).length) {
        this.audit.recordWithin(ctx, { ...base, action: 'staff.updated', details: { login: current.login, changes } });
      }
      if (current.active && !input.active) {
        const ended = deleteSessionsOf(this.db, id);
        this.audit.recordWithin(ctx, {
          ...base,
          action: 'staff.disabled',
          details: { login: current.login, sessions_ended: ended },
        });
      }
      if (!current.active && input.active)
        this.audit.recordWithin(ctx, { ...base, action: 'staff.enabled', details: { login: current.login } });
      return toRecord(repo.findStaffById(this.db, id)!);
    });
  }

  /** Sets a fresh one-time password, ends the account's sessions, and returns the password once. */
  async resetPassword(ctx: RequestContext, id: number): Promise<{ temporary_password: string }> {
    const temporaryPassword = generateOneTimePassword();
    const hash = await hashPassword(temporaryPassword);
    await inWriteTransaction(this.db, () => {
      const current = repo.findStaffById(this.db, id);
      if (!current) throw notFound('Staff member');
      repo.setPassword(this.db, id, hash, true, this.now().toISOString());
      const ended = deleteSessionsOf(this.db, id);
      this.audit.recordWithin(ctx, {
        action: 'staff.password_reset',
        entityType: 'staff',
        entityId: id,
        details: { login: current.login, sessions_ended: ended },
      });
    });
    return { temporary_password: temporaryPassword };
  }

  /**
   * First start: with no administrator yet (an empty database, or only CLI-made staff), an `admin`
   * account with a one-time password, printed once.
   */
  async bootstrapAdmin(ctx: RequestContext): Promise<string | null> {
    if (repo.countActiveAdmins(this.db) > 0 || repo.findStaffByLogin(this.db, 'admin')) return null;
    const { temporaryPassword } = await this.create(ctx, { login: 'admin', full_name: 'Администратор', role: 'admin' });
    return temporaryPassword;
  }
}

function toAssignee(r: repo.AssigneeRow): Assignee {
  return { id: r.id, full_name: r.full_name, role: r.role as Role, active: !!r.active };
}

function toRecord(r: repo.StaffPublicRow | repo.StaffRow): StaffRecord {
  return {
    id: r.id,
    login: r.login,
    full_name: r.full_name,
    position: r.position,
    role: r.role as Role,
    active: !!r.active,
    must_change_password: !!r.must_change_password,
    locked_until: r.locked_until,
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}
