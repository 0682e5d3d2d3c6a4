import type { Db } from '../db/connection.js';
import type { DestructionActContent, DestructionActLogLine, DestructionPlanItem, Subject } from '../contract/index.js';
import type { OwnerKeyring } from '../uploads/dataKeys.js';
import type { SettingsService } from '../settings/settings.service.js';
import { requireTransaction } from '../db/groupCommit.js';
import { ACT_KEY_OWNER, actContent, actContentAad, type ActPerson } from './actContent.js';
import * as repo from './destruction.repo.js';

/** What the act says, gathered by the approving transaction before and after the plan has run. */
interface ActFacts {
  destroyedOn: string;
  now: string;
  subject: Subject;
  plan: DestructionPlanItem[];
  row: repo.DestructionRow;
  reasonText: string | null;
  comment: string;
  proposer: ActPerson;
  approver: ActPerson;
  log: DestructionActLogLine[];
  /** The act of an earlier destruction of this subject, whose retained data goes now (it names the person). */
  earlier: { number: string; destroyed_on: string } | null;
}

/**
 * Writes the act's content (Order 179) sealed under a key of the act's own, inside the approving transaction: the
 * subject's key is gone by then, and the act is the one place the person's name must survive.
 */
export function sealActWithin(
  deps: { db: Db; ownerKeys: OwnerKeyring; settings: SettingsService },
  act: { id: number; number: string },
  c: ActFacts,
): void {
  requireTransaction(deps.db, 'sealActWithin');
  const content = actContent({
    number: act.number,
    destroyedOn: c.destroyedOn,
    settings: deps.settings.current(),
    subject: c.subject,
    proposer: c.proposer,
    approver: c.approver,
    plan: c.plan,
    reason: c.row.reason,
    reasonText: c.reasonText,
    letterId: c.row.letter_id,
    letter: c.row.letter_id === null ? null : (repo.letterRegisterEntry(deps.db, c.row.letter_id) ?? null),
    comment: c.comment,
    log: c.log,
    earlier: c.earlier,
  });
  storeActContentWithin(deps, act.id, content, c.now);
}

/** Seals an act's content under a new key of the act's own and stores it on the act's row: subject's or batch's. */
export function storeActContentWithin(
  deps: { db: Db; ownerKeys: OwnerKeyring },
  actId: number,
  content: DestructionActContent,
  now: string,
): void {
  requireTransaction(deps.db, 'storeActContentWithin');
  const key = deps.ownerKeys.ensureWithin(ACT_KEY_OWNER, actId, now);
  const sealed = key.key.seal(Buffer.from(JSON.stringify(content), 'utf8'), actContentAad(actId));
  repo.setActSealed(deps.db, actId, key.id, sealed);
}

/** Someone who destroyed the data, as the act names them: full name and position, or the login if neither is known. */
export function actPerson(db: Db, id: number, login: string): ActPerson {
  const staff = repo.staffNames(db, id);
  return { full_name: staff?.full_name ?? login, position: staff?.position ?? null, login };
}
