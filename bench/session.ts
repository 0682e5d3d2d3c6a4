import { ACCOUNTS, PASSWORD } from './dataset.js';

export interface Session {
  cookie: string;
  csrf: string;
}

/** Signs in as the SPA does (POST /api/auth/login) and keeps what later requests send: the cookie and X-CSRF-Token. */
export async function login(baseUrl: string, who: keyof typeof ACCOUNTS): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: ACCOUNTS[who].login, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login as ${ACCOUNTS[who].login} failed: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0], csrf: csrfToken };
}

export function sessionHeaders(s: Session): Record<string, string> {
  return { cookie: s.cookie, 'x-csrf-token': s.csrf };
}
