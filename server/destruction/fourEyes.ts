import type { DestructionStatus } from '../contract/index.js';
import type { RequestContext } from '../shared/requestContext.js';
import { conflict, notFound } from '../shared/errors.js';

/**
 * The four eyes of every destruction (a subject's or a batch of submissions): a proposal found, still open, and not
 * decided by whoever proposed it. The database's CHECK says the last again; this gives the caller a clear 409.
 */
export function decidable<T extends { status: DestructionStatus; proposed_by: number }>(
  ctx: RequestContext,
  row: T | undefined,
  what: string,
): T {
  if (!row) throw notFound(what);
  if (row.status !== 'proposed') throw decidedAlready();
  if (row.proposed_by === ctx.actor.id) {
    throw conflict('Whoever proposed a destruction never decides it', 'own_proposal');
  }
  return row;
}

export function decidedAlready() {
  return conflict('This destruction has been decided already', 'invalid_transition');
}
