// Every API call goes through here: cookie session, CSRF header on state-changing
// requests, and the JSON error bodies kept on the HttpError (status + body) so that
// react-admin can place validation errors beside fields and authProvider.checkError
// can react to 401/403.
import { fetchUtils } from 'react-admin';
import type { ErrorBody } from '../types';
import { localizeHttpError } from './serverErrors';
import { getCsrfToken, loadSession, setSession } from './session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const mutating = !SAFE_METHODS.has((options.method ?? 'GET').toUpperCase());
  try {
    return await send(url, options, mutating);
  } catch (error) {
    // The token in memory can be stale (the session was renewed in another tab): fetch the
    // current one from /api/auth/me and try once more. The server did nothing the first time.
    if (mutating && errorBody(error)?.code === 'csrf_failed') {
      setSession(null);
      await loadSession().catch(() => undefined);
      return send(url, options, mutating).catch((retryError) => Promise.reject(localizeHttpError(retryError)));
    }
    throw localizeHttpError(error);
  }
};

const send = (url: string, options: fetchUtils.Options, mutating: boolean) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const csrfToken = getCsrfToken();
  if (mutating && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'include' });
};

/** Reads the server's JSON error body from whatever a data provider call threw. */
/** The server's error answer (the contract's ErrorBody), as far as an error carries one. */
export const errorBody = (error: unknown): (Partial<ErrorBody> & Record<string, unknown>) | undefined => {
  const body = (error as { body?: unknown } | null)?.body;
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
};

export const errorStatus = (error: unknown): number | undefined => (error as { status?: number } | null)?.status;
