// Colleagues by name for the letters' assignee picker and every «Исполнитель» column: readable by every signed-in
// role, but only id, name, role and whether the account is active — never a login or an account's state.
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { systemContext } from '../../server/shared/requestContext.js';
import { createStaff, loginAs, useTestApp, withFilter, type LoggedIn } from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;

beforeEach(async () => {
  op = await loginAs(t, 'operator');
});

describe('GET /api/assignees', () => {
  it('names the active operators for the picker, without logins', async () => {
    const other = await createStaff(t, 'operator');
    const gone = await createStaff(t, 'operator');
    await t.services.staff.update(systemContext(), gone.id, {
      full_name: gone.full_name,
      role: 'operator',
      active: false,
    });
    const officer = await createStaff(t, 'compliance');

    const res = await op.get(withFilter('/api/assignees', { role: 'operator', active: true })).expect(200);
    const ids = res.body.map((a: { id: number }) => a.id);
    expect(ids).toEqual(expect.arrayContaining([op.id, other.id]));
    expect(ids).not.toContain(gone.id);
    expect(ids).not.toContain(officer.id);
    for (const colleague of res.body)
      expect(Object.keys(colleague).sort()).toEqual(['active', 'full_name', 'id', 'role']);
    expect(res.headers['content-range']).toMatch(/^assignees 0-\d+\/\d+$/);
  });

  it('still names a former operator by id, so an old letter shows who worked it', async () => {
    const gone = await createStaff(t, 'operator');
    await t.services.staff.update(systemContext(), gone.id, {
      full_name: gone.full_name,
      role: 'operator',
      active: false,
    });
    const res = await op.get(withFilter('/api/assignees', { id: [gone.id] })).expect(200);
    expect(res.body).toEqual([{ id: gone.id, full_name: gone.full_name, role: 'operator', active: false }]);
    expect((await op.get(`/api/assignees/${gone.id}`).expect(200)).body.full_name).toBe(gone.full_name);
  });

  it('is readable by compliance and the administrator, not without a session', async () => {
    for (const role of ['compliance', 'admin'] as const) {
      const who = await loginAs(t, role);
      await who.get('/api/assignees').expect(200);
    }
    await request(t.app).get('/api/assignees').expect(401);
  });

  it('refuses a filter or sort it does not know, naming it', async () => {
    const res = await op.get(withFilter('/api/assignees', { login: 'admin' })).expect(400);
    expect(JSON.stringify(res.body)).toContain('login');
    await op.get('/api/assignees?sort=%5B%22login%22%2C%22ASC%22%5D').expect(400);
    await op.get('/api/assignees/999999').expect(404);
  });
});
