// Who does an action and from where: built once per HTTP request (server/http/context.ts) or per CLI run, and
// handed to services, which pass it to the audit writer. Plain data, so services need nothing of HTTP.

export interface Actor {
  id: number | null;
  login: string;
  role: string;
}

export interface RequestContext {
  actor: Actor;
  requestId: string | null;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, login: 'system', role: 'system' };

/** The context of work the system does by itself: start-up, the CLI, timers. */
export function systemContext(): RequestContext {
  return { actor: SYSTEM_ACTOR, requestId: null, ip: null };
}
