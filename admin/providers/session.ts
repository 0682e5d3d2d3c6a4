// The logged-in staff member, kept in memory only. The session itself is an httpOnly
// cookie; what lives here is what the SPA needs to act on it: the CSRF token and the
// permissions. After a reload it is fetched again from GET /api/auth/me.
import { fetchUtils } from 'react-admin';
import type { Session } from '../types';

let current: Session | null = null;
let loading: Promise<Session> | null = null;

export const getSession = (): Session | null => current;

export const setSession = (session: Session | null): void => {
  current = session;
};

export const updateSession = (patch: Partial<Session>): void => {
  if (current) current = { ...current, ...patch };
};

export const getCsrfToken = (): string | undefined => current?.csrfToken;

/**
 * The session from memory, or from GET /api/auth/me. Concurrent callers (checkAuth,
 * canAccess, getIdentity all run at start-up) share one request.
 * Rejects with the HttpError (401) when nobody is logged in.
 */
export const loadSession = (): Promise<Session> => {
  if (current) return Promise.resolve(current);
  if (!loading) {
    loading = fetchUtils
      .fetchJson('/api/auth/me', { credentials: 'include' })
      .then(({ json }) => {
        current = json as Session;
        return current;
      })
      .finally(() => {
        loading = null;
      });
  }
  return loading;
};
