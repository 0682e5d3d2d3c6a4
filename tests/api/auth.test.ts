import { describe, expect, it } from 'vitest';
import request from 'supertest';
import {
  PASSWORD,
  auditRows,
  createStaff,
  createTestApp,
  logIn,
  loginAs,
  sampleSubject,
  useTestApp,
} from '../helpers/testApp.js';
import { systemContext } from '../../server/shared/requestContext.js';

const t = useTestApp({ ipFailureLimit: 50 });

describe('login', () => {
  it('answers the identity, permissions and a CSRF token, and sets an httpOnly SameSite=Strict cookie', async () => {
    const staff = await createStaff(t, 'operator');
    const res = await request(t.app)
      .post('/api/auth/login')
      .send({ login: staff.login, password: PASSWORD })
      .expect(200);
    expect(res.body).toMatchObject({ id: staff.id, login: staff.login, role: 'operator', must_change_password: false });
    expect(res.body.permissions).toContain('subjects.edit');
    expect(res.body.csrfToken).toEqual(expect.any(String));
    expect(res.body).not.toHaveProperty('password_hash');
    const cookie = res.headers['set-cookie'][0];
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(auditRows(t, "action = 'auth.login'")).toHaveLength(1);
  });

  it('answers one generic 401 for an unknown login and a wrong password, and audits both', async () => {
    const staff = await createStaff(t, 'operator');
    const unknown = await request(t.app)
      .post('/api/auth/login')
      .send({ login: 'nobody', password: 'whatever-pass' })
      .expect(401);
    const wrong = await request(t.app)
      .post('/api/auth/login')
      .send({ login: staff.login, password: 'wrong-password' })
      .expect(401);
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(auditRows(t, "action = 'auth.login_failed'").map((r) => JSON.parse(r.details).reason)).toEqual([
      'unknown_login',
      'wrong_password',
    ]);
  });

  it('never stores or logs the password in clear', async () => {
    const staff = await createStaff(t, 'operator');
    await request(t.app).post('/api/auth/login').send({ login: staff.login, password: 'a-wrong-secret-x' }).expect(401);
    const dump = JSON.stringify(t.db.prepare('SELECT * FROM staff').all()) + JSON.stringify(auditRows(t));
    expect(dump).not.toContain(PASSWORD);
    expect(dump).not.toContain('a-wrong-secret-x');
  });

  it('gives a new session id at every login', async () => {
    const staff = await createStaff(t, 'operator');
    const agent = request.agent(t.app);
    const first = await agent.post('/api/auth/login').send({ login: staff.login, password: PASSWORD }).expect(200);
    const second = await agent.post('/api/auth/login').send({ login: staff.login, password: PASSWORD }).expect(200);
    expect(first.headers['set-cookie'][0].split(';')[0]).not.toBe(second.headers['set-cookie'][0].split(';')[0]);
    const sessions = t.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number };
    expect(sessions.n).toBe(1);
  });

  it('locks the account for 15 minutes after 5 failures, even with the right password, and audits the lock', async () => {
    const staff = await createStaff(t, 'operator');
    for (let i = 0; i < 5; i++) {
      await request(t.app).post('/api/auth/login').send({ login: staff.login, password: 'wrong-password' }).expect(401);
    }
    await request(t.app).post('/api/auth/login').send({ login: staff.login, password: PASSWORD }).expect(401);
    expect(auditRows(t, "action = 'auth.locked'")).toHaveLength(1);
    t.clock.advanceMinutes(16);
    await request(t.app).post('/api/auth/login').send({ login: staff.login, password: PASSWORD }).expect(200);
  });

  it('throttles failures per client IP with 429 and audits it', async () => {
    const limited = createTestApp({ ipFailureLimit: 3 });
    try {
      for (let i = 0; i < 3; i++) {
        await request(limited.app)
          .post('/api/auth/login')
          .send({ login: `x${i}`, password: 'nope-nope' })
          .expect(401);
      }
      await request(limited.app).post('/api/auth/login').send({ login: 'x9', password: 'nope-nope' }).expect(429);
      expect(auditRows(limited, "action = 'auth.throttled'")).toHaveLength(1);
    } finally {
      limited.close();
    }
  });

  it('refuses a body with unknown fields with a 400 naming them', async () => {
    const res = await request(t.app)
      .post('/api/auth/login')
      .send({ login: 'a', password: 'b', admin: true })
      .expect(400);
    expect(res.body.errors).toHaveProperty('admin');
  });
});

describe('session', () => {
  it('ends after 30 idle minutes', async () => {
    const op = await loginAs(t, 'operator');
    t.clock.advanceMinutes(29);
    await op.get('/api/auth/me').expect(200);
    t.clock.advanceMinutes(29);
    await op.get('/api/auth/me').expect(200);
    t.clock.advanceMinutes(31);
    await op.get('/api/auth/me').expect(401);
  });

  it('ends 12 hours after login even when in use', async () => {
    const op = await loginAs(t, 'operator');
    for (let i = 0; i < 24; i++) {
      t.clock.advanceMinutes(29);
      await op.get('/api/auth/me').expect(200);
    }
    t.clock.advanceMinutes(29);
    await op.get('/api/auth/me').expect(401);
  });

  it('is destroyed on the server by logout', async () => {
    const op = await loginAs(t, 'operator');
    const cookie = (await op.get('/api/auth/me')).request.cookies;
    await op.post('/api/auth/logout').expect(200);
    expect(t.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
    await request(t.app).get('/api/auth/me').set('Cookie', cookie).expect(401);
    expect(auditRows(t, "action = 'auth.logout'")).toHaveLength(1);
  });

  it('ends at once when the account is disabled', async () => {
    const op = await loginAs(t, 'operator');
    const admin = await loginAs(t, 'admin');
    const staff = (await admin.get(`/api/staff/${op.id}`).expect(200)).body;
    await admin
      .put(`/api/staff/${op.id}`)
      .send({ ...staff, active: false })
      .expect(200);
    await op.get('/api/subjects').expect(401);
    await request(t.app).post('/api/auth/login').send({ login: op.login, password: PASSWORD }).expect(401);
  });
});

describe('CSRF', () => {
  it('refuses a mutating request without the token or with a wrong one, and writes nothing', async () => {
    const op = await loginAs(t, 'operator');
    const before = auditRows(t).length;
    await op.agent.post('/api/subjects').send(sampleSubject()).expect(403);
    const wrong = await op.agent
      .post('/api/subjects')
      .set('X-CSRF-Token', 'x'.repeat(op.csrf.length))
      .send(sampleSubject())
      .expect(403);
    expect(wrong.body.code).toBe('csrf_failed');
    expect(t.db.prepare('SELECT count(*) AS n FROM subjects').get()).toEqual({ n: 0 });
    expect(auditRows(t)).toHaveLength(before);
    await op.agent.post('/api/subjects').set('X-CSRF-Token', op.csrf).send(sampleSubject()).expect(201);
  });

  it('is given again by GET /api/auth/me', async () => {
    const op = await loginAs(t, 'operator');
    const me = await op.get('/api/auth/me').expect(200);
    expect(me.body.csrfToken).toBe(op.csrf);
  });
});

describe('password', () => {
  it('changes the password and ends the other sessions of the user', async () => {
    const op = await loginAs(t, 'operator');
    const other = request.agent(t.app);
    await other.post('/api/auth/login').send({ login: op.login, password: PASSWORD }).expect(200);
    await op
      .post('/api/auth/password')
      .send({ currentPassword: PASSWORD, newPassword: 'a-brand-new-passphrase' })
      .expect(200);
    await other.get('/api/auth/me').expect(401);
    await op.get('/api/auth/me').expect(200);
    await request(t.app)
      .post('/api/auth/login')
      .send({ login: op.login, password: 'a-brand-new-passphrase' })
      .expect(200);
  });

  it('refuses a wrong current password and a short new one with field errors', async () => {
    const op = await loginAs(t, 'operator');
    const wrong = await op
      .post('/api/auth/password')
      .send({ currentPassword: 'not-it-at-all', newPassword: 'a-brand-new-passphrase' })
      .expect(400);
    expect(wrong.body.errors).toHaveProperty('currentPassword');
    const short = await op
      .post('/api/auth/password')
      .send({ currentPassword: PASSWORD, newPassword: 'short' })
      .expect(400);
    expect(short.body.errors).toHaveProperty('newPassword');
  });
});

describe('first start', () => {
  it('creates admin with a one-time password that must be replaced before anything else', async () => {
    const oneTime = await t.services.staff.bootstrapAdmin(systemContext());
    expect(oneTime).toMatch(/^\S{16}$/);
    expect(await t.services.staff.bootstrapAdmin(systemContext())).toBeNull();
    const admin = await logIn(t, 'admin', oneTime!);
    expect(admin.me.must_change_password).toBe(true);
    const blocked = await admin.get('/api/staff').expect(403);
    expect(blocked.body.code).toBe('password_change_required');
    await admin
      .post('/api/auth/password')
      .send({ currentPassword: oneTime, newPassword: 'admin-own-passphrase' })
      .expect(200);
    await admin.get('/api/staff').expect(200);
  });
});
