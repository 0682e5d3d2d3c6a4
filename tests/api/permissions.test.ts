import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditRows,
  createStaff,
  createSubject,
  createTestApp,
  loginAs,
  sampleSubject,
  withFilter,
  type LoggedIn,
  type TestApp,
} from '../helpers/testApp.js';
import type { Role } from '../../server/contract/index.js';

let t: TestApp;
const as = {} as Record<Role, LoggedIn>;
let subjectId: number;
let staffId: number;
let spareId: number;

beforeAll(async () => {
  t = createTestApp();
  for (const role of ['operator', 'compliance', 'admin'] as Role[]) as[role] = await loginAs(t, role);
  subjectId = (await createSubject(as.operator)).id;
  staffId = as.operator.id;
  spareId = (await createStaff(t, 'operator')).id;
});
afterAll(() => t.close());

type Call = { name: string; method: 'get' | 'post' | 'put'; path: () => string; body?: () => object; allowed: Role[] };

const calls: Call[] = [
  { name: 'list subjects', method: 'get', path: () => '/api/subjects', allowed: ['operator', 'compliance'] },
  {
    name: 'show a subject',
    method: 'get',
    path: () => `/api/subjects/${subjectId}`,
    allowed: ['operator', 'compliance'],
  },
  {
    name: 'create a subject',
    method: 'post',
    path: () => '/api/subjects',
    body: () => sampleSubject({ last_name: 'Новикова' }),
    allowed: ['operator'],
  },
  {
    name: 'correct a subject',
    method: 'put',
    path: () => `/api/subjects/${subjectId}`,
    body: () => ({
      ...sampleSubject(),
      medical_info: undefined,
      version: currentVersion(),
      correction_reason: 'Проверка прав',
      email: `e${Date.now()}@x.ru`,
    }),
    allowed: ['operator'],
  },
  {
    name: 'reveal medical information',
    method: 'post',
    path: () => `/api/subjects/${subjectId}/medical-info`,
    body: () => ({ reason: 'Проверка прав' }),
    allowed: ['operator'],
  },
  {
    name: "read a subject's history",
    method: 'get',
    path: () => withFilter('/api/audit-log', { subject_id: subjectId }),
    allowed: ['operator', 'compliance', 'admin'],
  },
  { name: 'read the whole audit log', method: 'get', path: () => '/api/audit-log', allowed: ['compliance', 'admin'] },
  { name: 'show an audit entry', method: 'get', path: () => '/api/audit-log/1', allowed: ['compliance', 'admin'] },
  { name: 'list staff', method: 'get', path: () => '/api/staff', allowed: ['admin'] },
  { name: 'show staff', method: 'get', path: () => `/api/staff/${staffId}`, allowed: ['admin'] },
  {
    name: 'create staff',
    method: 'post',
    path: () => '/api/staff',
    body: () => ({ login: `new${Date.now()}`, full_name: 'Новый Сотрудник', role: 'operator' }),
    allowed: ['admin'],
  },
  {
    name: 'change staff',
    method: 'put',
    path: () => `/api/staff/${staffId}`,
    body: () => ({ full_name: 'Переименованный Оператор', role: 'operator', active: true }),
    allowed: ['admin'],
  },
  { name: 'reset a password', method: 'post', path: () => `/api/staff/${spareId}/reset-password`, allowed: ['admin'] },
];

function currentVersion() {
  return (t.db.prepare('SELECT version FROM subjects WHERE id = ?').get(subjectId) as { version: number }).version;
}

describe.each(['operator', 'compliance', 'admin'] as Role[])('role %s', (role) => {
  it.each(calls)('$name', async (call) => {
    const deniedBefore = auditRows(t, "action = 'auth.denied'").length;
    let req = as[role][call.method](call.path());
    if (call.method !== 'get') req = req.send(call.body?.() ?? {});
    const res = await req;
    if (call.allowed.includes(role)) {
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    } else {
      expect(res.status).toBe(403);
      const denials = auditRows(t, "action = 'auth.denied'");
      expect(denials).toHaveLength(deniedBefore + 1);
      expect(denials.at(-1)).toMatchObject({ actor_login: as[role].login, actor_role: role });
    }
  });
});

it('admin resets a password; the account must change it at next login', async () => {
  const victim = await loginAs(t, 'compliance');
  const res = await as.admin.post(`/api/staff/${victim.id}/reset-password`).expect(200);
  expect(res.body.temporary_password).toMatch(/^\S{16}$/);
  await victim.get('/api/auth/me').expect(401);
});

it('admin cannot disable the last active administrator', async () => {
  const admins = (t.db.prepare("SELECT id FROM staff WHERE role = 'admin'").all() as { id: number }[]).map((r) => r.id);
  expect(admins).toEqual([as.admin.id]);
  const res = await as.admin
    .put(`/api/staff/${as.admin.id}`)
    .send({ full_name: 'Админ', role: 'admin', active: false })
    .expect(409);
  expect(res.body.code).toBe('last_admin');
});

it('admin sees that a correction happened but not its personal values', async () => {
  const entries = await as.admin.get(withFilter('/api/audit-log', { action: 'subject.corrected' })).expect(200);
  expect(entries.body.length).toBeGreaterThan(0);
  expect(entries.body[0].details).toMatchObject({ personal_sealed: true, fields: ['email'] });
  expect(entries.body[0].details).not.toHaveProperty('reason');
  const opened = await as.admin.get(`/api/audit-log/${entries.body[0].id}`).expect(200);
  expect(opened.body.details).toMatchObject({ personal_hidden: true, fields: ['email'] });
  expect(opened.body.details).not.toHaveProperty('reason');
  const compliance = await as.compliance.get(`/api/audit-log/${entries.body[0].id}`).expect(200);
  expect(compliance.body.details.reason).toBe('Проверка прав');
});

it('an unauthenticated caller gets 401 everywhere', async () => {
  const request = (await import('supertest')).default;
  for (const path of ['/api/subjects', '/api/staff', '/api/audit-log', `/api/subjects/${subjectId}`]) {
    await request(t.app).get(path).expect(401);
  }
});
