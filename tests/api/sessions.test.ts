// Sessions past their limits are removed by the purge, not only refused when their cookie comes back.
import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp } from '../helpers/testApp.js';

const t = useTestApp();
const sessionCount = () => t.db.prepare('SELECT count(*) FROM sessions').pluck().get() as number;

describe('expired sessions', () => {
  it('are purged once idle past the limit, while a session in use is kept', async () => {
    await loginAs(t, 'operator'); // never used again
    const active = await loginAs(t, 'compliance');
    expect(sessionCount()).toBe(2);

    t.clock.advanceMinutes(20);
    await active.get('/api/auth/me').expect(200); // touched
    t.clock.advanceMinutes(15); // the first is now 35 minutes idle, the second 15
    expect(await t.services.auth.purgeExpiredSessions()).toBe(1);
    expect(sessionCount()).toBe(1);
    await active.get('/api/auth/me').expect(200);
  });

  it('are purged after the absolute lifetime even when used all along', async () => {
    const s = await loginAs(t, 'operator');
    for (let i = 0; i < 35; i++) {
      t.clock.advanceMinutes(20); // never idle for long
      await s.get('/api/auth/me').expect(200);
    }
    expect(await t.services.auth.purgeExpiredSessions()).toBe(0);
    t.clock.advanceMinutes(21); // 12 h 1 min after sign-in, 21 minutes idle
    expect(await t.services.auth.purgeExpiredSessions()).toBe(1);
    expect(sessionCount()).toBe(0);
    await s.get('/api/auth/me').expect(401);
  });

  it('an expired session that comes back is refused and removed', async () => {
    const s = await loginAs(t, 'operator');
    t.clock.advanceMinutes(31);
    await s.get('/api/auth/me').expect(401);
    await new Promise((r) => setImmediate(r)); // the removal is committed off the request path
    expect(sessionCount()).toBe(0);
  });
});
