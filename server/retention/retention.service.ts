import type { Db } from '../db/connection.js';
import type { RetentionRunResult } from '../contract/index.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { OwnerKeyring } from '../uploads/dataKeys.js';
import type { RequestContext } from '../shared/requestContext.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import { clinicDay } from '../shared/clinicDate.js';
import { ACT_KEY_OWNER } from '../destruction/actContent.js';
import { truncateWalSoon } from '../destruction/destruction.repo.js';
import * as repo from './retention.repo.js';

/**
 * Retention periods that end by themselves: a destruction act and its log extract are kept 3 years from the
 * destruction (Order 179) and no longer, being the one place the destroyed person's name survives. Run daily with the
 * server and as `npm run cli -- retention:run`.
 */
export class RetentionService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly ownerKeys: OwnerKeyring,
    private readonly now: () => Date,
  ) {}

  /**
   * Expires every kept act due by today (Moscow day), each in its own transaction: content and key deleted, status
   * 'expired', audited with its number and dates. Then one `retention.run` entry with the counts — also when nothing
   * was due, so that the log shows the job ran — and a WAL checkpoint so the content's bytes leave the files.
   */
  async run(ctx: RequestContext): Promise<RetentionRunResult> {
    const today = clinicDay(this.now());
    const expired: RetentionRunResult['expired_acts'] = [];
    for (const act of repo.dueActs(this.db, today)) {
      if (await this.expire(ctx, act, today)) expired.push({ id: act.id, number: act.number });
    }
    await this.audit.recordAlone(ctx, {
      action: 'retention.run',
      entityType: 'retention',
      details: { today, expired_acts: expired.length, numbers: expired.map((a) => a.number) },
    });
    // The WAL holds the content's frames until it is checkpointed.
    if (expired.length) truncateWalSoon(this.db);
    return { expired_acts: expired };
  }

  private expire(ctx: RequestContext, act: repo.DueAct, today: string): Promise<boolean> {
    return inWriteTransaction(this.db, () => {
      if (!repo.expireAct(this.db, act.id, today)) return false;
      // Crypto-shredding, as destruction does: a copy of the sealed content left in a page or the WAL never opens again.
      this.ownerKeys.destroyWithin(ACT_KEY_OWNER, act.id);
      this.audit.recordWithin(ctx, {
        action: 'destruction_act.expired',
        entityType: 'destruction_act',
        entityId: act.id,
        subjectId: act.subject_id,
        details: { number: act.number, destroyed_on: act.destroyed_on, expires_on: act.expires_on },
      });
      return true;
    });
  }
}
