import crypto from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The columns the hash covers, in the order they are serialized. */
export interface ChainedFields {
  id: number;
  at: string;
  actor_id: number | null;
  actor_login: string;
  actor_role: string;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  subject_id: number | null;
  request_id: string | null;
  ip: string | null;
  details: string | null;
}

/** A fixed-order JSON array: the same entry always serializes to the same bytes. */
export function canonicalize(e: ChainedFields): string {
  return JSON.stringify([
    e.id,
    e.at,
    e.actor_id,
    e.actor_login,
    e.actor_role,
    e.action,
    e.entity_type,
    e.entity_id,
    e.subject_id,
    e.request_id,
    e.ip,
    e.details,
  ]);
}

export function chainHash(prevHash: string, entry: ChainedFields): string {
  return crypto.createHash('sha256').update(prevHash).update('\n').update(canonicalize(entry)).digest('hex');
}
