import crypto from 'node:crypto';
import type { Db } from '../db/connection.js';
import type { Config } from '../config.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import { AppError, badRequest, tooManyRequests, unauthorized } from '../shared/errors.js';
import * as staffRepo from '../staff/staff.repo.js';
import * as sessionsRepo from './sessions.repo.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import { DUMMY_HASH, MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from './passwords.js';
import { RateLimit } from '../shared/rateLimit.js';
import { permissionsOf } from './permissions.js';

export interface Identity {
  id: number;
  login: string;
  full_name: string;
  role: string;
  permissions: readonly string[];
  must_change_password: boolean;
}

export interface ActiveSession {
  tokenHash: string;
  csrfToken: string;
  identity: Identity;
}

const GENERIC_FAILURE = 'Invalid login or password, or sign-in is temporarily locked';

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export class AuthService {
  private readonly throttle: RateLimit;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly config: Config,
    private readonly now: () => Date,
  ) {
    this.throttle = new RateLimit(config.ipFailureLimit, config.ipFailureWindowMinutes * 60_000);
  }

  /** Checks the password and opens a new session; every failure answers the same 401. */
  async login(ctx: RequestContext, login: string, password: string, userAgent: string | null) {
    const ip = ctx.ip ?? 'unknown';
    if (await this.throttle.isFull(ip)) {
      await this.audit.recordAlone(anonymous(ctx, login), { action: 'auth.throttled', details: { login } });
      throw tooManyRequests('Too many failed sign-ins from this address; try again later');
    }
    const staff = staffRepo.findStaffByLogin(this.db, login);
    const passwordOk = await verifyPassword(password, staff?.password_hash ?? DUMMY_HASH);
    const at = this.now();
    const locked = !!staff?.locked_until && new Date(staff.locked_until) > at;

    if (!staff || !staff.active || locked || !passwordOk) {
      await this.throttle.add(ip);
      await this.recordFailure(ctx, login, staff, { locked, passwordOk, at });
      throw new AppError(401, GENERIC_FAILURE, 'invalid_credentials');
    }

    const token = crypto.randomBytes(32).toString('base64url');
    const csrfToken = crypto.randomBytes(24).toString('base64url');
    await inWriteTransaction(this.db, () => {
      staffRepo.clearFailedLogins(this.db, staff.id);
      sessionsRepo.insertSession(this.db, {
        token_hash: hashToken(token),
        staff_id: staff.id,
        csrf_token: csrfToken,
        created_at: at.getTime(),
        last_seen_at: at.getTime(),
        ip: ctx.ip,
        user_agent: userAgent,
      });
      this.audit.recordWithin(actorCtx(ctx, staff), { action: 'auth.login', entityType: 'staff', entityId: staff.id });
    });
    return { token, csrfToken, identity: toIdentity(staff) };
  }

  private recordFailure(
    ctx: RequestContext,
    login: string,
    staff: staffRepo.StaffRow | undefined,
    o: { locked: boolean; passwordOk: boolean; at: Date },
  ) {
    const reason = !staff ? 'unknown_login' : !staff.active ? 'disabled' : o.locked ? 'locked' : 'wrong_password';
    return inWriteTransaction(this.db, () => {
      this.audit.recordWithin(anonymous(ctx, login), {
        action: 'auth.login_failed',
        entityType: staff ? 'staff' : undefined,
        entityId: staff?.id,
        details: { login, reason },
      });
      if (!staff || reason !== 'wrong_password') return;
      // Counted from the row as it is now: concurrent failures must each add one, not overwrite each other.
      const failures = (staffRepo.findStaffById(this.db, staff.id)?.failed_logins ?? staff.failed_logins) + 1;
      if (failures >= this.config.lockoutThreshold) {
        const until = new Date(o.at.getTime() + this.config.lockoutMinutes * 60_000).toISOString();
        staffRepo.recordFailedLogin(this.db, staff.id, 0, until);
        this.audit.recordWithin(anonymous(ctx, login), {
          action: 'auth.locked',
          entityType: 'staff',
          entityId: staff.id,
          details: { login, locked_until: until, failures },
        });
      } else {
        staffRepo.recordFailedLogin(this.db, staff.id, failures, null);
      }
    });
  }

  /** Resolves the session cookie; expired or disabled sessions are removed and answer null. */
  resolveSession(token: string | undefined): ActiveSession | null {
    if (!token) return null;
    const tokenHash = hashToken(token);
    const s = sessionsRepo.findSession(this.db, tokenHash);
    if (!s) return null;
    const nowMs = this.now().getTime();
    const idleExpired = nowMs - s.last_seen_at > this.config.sessionIdleMinutes * 60_000;
    const absoluteExpired = nowMs - s.created_at > this.config.sessionAbsoluteHours * 3_600_000;
    if (idleExpired || absoluteExpired || !s.active) {
      this.housekeeping(() => sessionsRepo.deleteSession(this.db, tokenHash));
      return null;
    }
    // Writing on every request would make reads pay for a write; a 15-second granularity is plenty for a 30-minute idle limit.
    if (nowMs - s.last_seen_at > 15_000) this.housekeeping(() => sessionsRepo.touchSession(this.db, tokenHash, nowMs));
    return {
      tokenHash,
      csrfToken: s.csrf_token,
      identity: toIdentity({
        id: s.staff_id,
        login: s.login,
        full_name: s.full_name,
        role: s.role,
        must_change_password: s.must_change_password,
      }),
    };
  }

  /**
   * Removes the sessions past their idle or absolute limit (a session that is never used again is otherwise kept
   * for ever). Run at start-up and on a timer; answers how many went.
   */
  purgeExpiredSessions(): Promise<number> {
    const nowMs = this.now().getTime();
    return inWriteTransaction(this.db, () =>
      sessionsRepo.deleteExpiredSessions(
        this.db,
        nowMs - this.config.sessionIdleMinutes * 60_000,
        nowMs - this.config.sessionAbsoluteHours * 3_600_000,
      ),
    );
  }

  /**
   * A session touch or the removal of an expired one goes through the group commit like every write, but the
   * request does not wait for it: the request is answered from what was read, and a lost write costs nothing (a
   * touch at most shortens the idle window by 15 s; a session left behind is removed by the purge).
   */
  private housekeeping(write: () => void): void {
    inWriteTransaction(this.db, write).catch(() => undefined);
  }

  logout(ctx: RequestContext, session: ActiveSession): Promise<void> {
    return inWriteTransaction(this.db, () => {
      sessionsRepo.deleteSession(this.db, session.tokenHash);
      this.audit.recordWithin(ctx, { action: 'auth.logout', entityType: 'staff', entityId: session.identity.id });
    });
  }

  /** Changes the caller's own password and ends every other session of theirs. */
  async changePassword(ctx: RequestContext, session: ActiveSession, currentPassword: string, newPassword: string) {
    const staff = staffRepo.findStaffById(this.db, session.identity.id);
    if (!staff || !(await verifyPassword(currentPassword, staff.password_hash))) {
      throw badRequest(
        'Current password is wrong',
        { currentPassword: 'Wrong password' },
        { currentPassword: 'wrong_password' },
      );
    }
    if (newPassword.length < MIN_PASSWORD_LENGTH) {
      throw badRequest(
        'New password is too short',
        { newPassword: `At least ${MIN_PASSWORD_LENGTH} characters` },
        { newPassword: 'too_short' },
      );
    }
    if (newPassword === currentPassword) {
      throw badRequest(
        'New password must differ from the current one',
        { newPassword: 'Same as current' },
        { newPassword: 'same_as_current' },
      );
    }
    const hash = await hashPassword(newPassword);
    const ended = await inWriteTransaction(this.db, () => {
      staffRepo.setPassword(this.db, staff.id, hash, false, this.now().toISOString());
      const n = sessionsRepo.deleteSessionsOf(this.db, staff.id, session.tokenHash);
      this.audit.recordWithin(ctx, {
        action: 'auth.password_changed',
        entityType: 'staff',
        entityId: staff.id,
        details: { other_sessions_ended: n },
      });
      return n;
    });
    return { otherSessionsEnded: ended };
  }

  requireSession(session: ActiveSession | null): ActiveSession {
    if (!session) throw unauthorized();
    return session;
  }
}

function toIdentity(s: {
  id: number;
  login: string;
  full_name: string;
  role: string;
  must_change_password: number;
}): Identity {
  return {
    id: s.id,
    login: s.login,
    full_name: s.full_name,
    role: s.role,
    permissions: permissionsOf(s.role),
    must_change_password: !!s.must_change_password,
  };
}

/** Failed sign-ins are nobody's action yet; the attempted login is kept in the details. */
function anonymous(ctx: RequestContext, _login: string): RequestContext {
  return { ...ctx, actor: { id: null, login: 'anonymous', role: 'anonymous' } };
}

function actorCtx(ctx: RequestContext, s: { id: number; login: string; role: string }): RequestContext {
  return { ...ctx, actor: { id: s.id, login: s.login, role: s.role } };
}
