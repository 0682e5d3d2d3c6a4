// The operator's details («Реквизиты оператора»): seeded from the privacy policy, read by every role, changed only by
// the administrator with an optimistic lock, each change audited field by field in the transaction that makes it;
// and the staff member's position, which replies and acts print beside the name.
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { systemContext } from '../../server/shared/requestContext.js';
import { AppError } from '../../server/shared/errors.js';
import { verifyChain } from '../../server/audit/verifyChain.js';
import type { Role } from '../../server/contract/index.js';
import { auditRows, loginAs, useTestApp, withFilter, type LoggedIn } from '../helpers/testApp.js';

const t = useTestApp();
const as = {} as Record<Role, LoggedIn>;

beforeEach(async () => {
  for (const role of ['operator', 'compliance', 'admin'] as Role[]) as[role] = await loginAs(t, role);
});

const read = async (who: LoggedIn = as.admin) => (await who.get('/api/settings').expect(200)).body;
const changes = () => auditRows(t, "action = 'settings.changed'");

const SIGNER = { signer_name: 'Васильев Игорь Николаевич', signer_position: 'Главный врач' };
const RESPONSIBLE = {
  responsible_name: 'Орлова Наталья Сергеевна',
  responsible_position: 'Ответственный за организацию обработки персональных данных',
};

describe('GET /api/settings', () => {
  it('answers the policy’s details to every role, the signer and the responsible person still empty', async () => {
    for (const role of ['operator', 'compliance', 'admin'] as Role[]) {
      expect(await read(as[role])).toEqual({
        operator_name: 'ООО «Натамед»',
        legal_address: '125047, г. Москва, ул. Фадеева, д. 7, стр. 1',
        postal_address: '125047, г. Москва, ул. Фадеева, д. 7, стр. 1',
        email: 'info@medistars.ru',
        website: 'www.medistarsgroup.com',
        inn: null,
        ogrn: null,
        responsible_name: '',
        responsible_position: '',
        system_name: 'PD Desk',
        destruction_method:
          'удаление записей из базы данных с перезаписью освобождённых страниц и уничтожением ключа шифрования',
        signer_name: '',
        signer_position: '',
        updated_at: null,
        updated_by: null,
        version: 1,
      });
    }
    await request(t.app).get('/api/settings').expect(401);
  });

  it('answers 405 to any verb but GET and PUT', async () => {
    expect((await as.admin.post('/api/settings').send({}).expect(405)).body.code).toBe('method_not_allowed');
    await as.admin.delete('/api/settings').expect(405);
    await as.admin.get('/api/settings/1').expect(404);
  });
});

describe('PUT /api/settings', () => {
  it('saves the administrator’s change and audits each changed field with its value before and after', async () => {
    const before = await read();
    t.clock.advanceMinutes(5);
    const res = await as.admin
      .put('/api/settings')
      .send({ ...before, ...SIGNER, inn: '7707 083893', website: '  https://www.medistarsgroup.com  ' })
      .expect(200);
    expect(res.body).toMatchObject({
      ...SIGNER,
      inn: '7707083893',
      website: 'https://www.medistarsgroup.com',
      version: 2,
      updated_by: as.admin.login,
      updated_at: new Date(t.clock.now).toISOString(),
    });
    expect(await read(as.operator)).toEqual(res.body);

    const [entry] = changes();
    expect(changes()).toHaveLength(1);
    expect(entry).toMatchObject({ actor_login: as.admin.login, actor_role: 'admin', entity_type: 'settings' });
    expect(JSON.parse(entry.details)).toEqual({
      changes: {
        inn: { from: null, to: '7707083893' },
        website: { from: 'www.medistarsgroup.com', to: 'https://www.medistarsgroup.com' },
        signer_name: { from: null, to: SIGNER.signer_name },
        signer_position: { from: null, to: SIGNER.signer_position },
      },
      version: 2,
    });
    expect(verifyChain(t.db).ok).toBe(true);
  });

  it('writes nothing and audits nothing when nothing changed', async () => {
    const before = await read();
    expect((await as.admin.put('/api/settings').send(before).expect(200)).body).toEqual(before);
    expect(changes()).toHaveLength(0);
  });

  it.each(['operator', 'compliance'] as Role[])('refuses %s: 403, the refusal audited', async (role) => {
    const before = await read();
    await as[role]
      .put('/api/settings')
      .send({ ...before, ...SIGNER })
      .expect(403);
    const denied = auditRows(t, "action = 'auth.denied' AND actor_login = ?", as[role].login);
    expect(denied.map((e) => JSON.parse(e.details))).toEqual([
      { permission: 'settings.edit', method: 'PUT', path: '/api/settings' },
    ]);
    expect(await read()).toEqual(before);
    expect(changes()).toHaveLength(0);
  });

  it.each([
    ['inn', { inn: '12345' }],
    ['inn', { inn: '77070838931' }],
    ['inn', { inn: '77070838AB' }],
    ['ogrn', { ogrn: '102770013219' }],
    ['email', { email: 'info@' }],
    ['email', { email: '' }],
    ['operator_name', { operator_name: '   ' }],
    ['legal_address', { legal_address: 'х'.repeat(501) }],
    ['website', { website: 'медистарс' }],
    ['signer_name', { signer_name: 'х'.repeat(201) }],
    ['version', { version: undefined }],
    ['unexpected', { unexpected: 'x' }],
  ])('refuses a bad %s with 400 naming it, and writes nothing', async (field, patch) => {
    const before = await read();
    const res = await as.admin
      .put('/api/settings')
      .send({ ...before, ...patch })
      .expect(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
    expect(await read()).toEqual(before);
    expect(changes()).toHaveLength(0);
  });

  it('accepts a 12-digit ИНН and a 13- or 15-digit ОГРН, and clears them when sent empty', async () => {
    let current = await read();
    current = (
      await as.admin
        .put('/api/settings')
        .send({ ...current, inn: '500100732259', ogrn: '1027700132195' })
        .expect(200)
    ).body;
    expect(current).toMatchObject({ inn: '500100732259', ogrn: '1027700132195' });
    current = (
      await as.admin
        .put('/api/settings')
        .send({ ...current, ogrn: '304500116000157' })
        .expect(200)
    ).body;
    expect(current.ogrn).toBe('304500116000157');
    current = (
      await as.admin
        .put('/api/settings')
        .send({ ...current, inn: '', ogrn: null })
        .expect(200)
    ).body;
    expect(current).toMatchObject({ inn: null, ogrn: null, version: 4 });
  });

  it('answers 409 version_conflict with the current record to a save from an older version', async () => {
    const seen = await read();
    const first = (
      await as.admin
        .put('/api/settings')
        .send({ ...seen, ...SIGNER })
        .expect(200)
    ).body;
    const res = await as.admin
      .put('/api/settings')
      .send({ ...seen, signer_name: 'Другой Подписант' })
      .expect(409);
    expect(res.body.code).toBe('version_conflict');
    expect(res.body.current).toEqual(first);
    expect(await read()).toEqual(first);
    expect(changes()).toHaveLength(1);
  });

  it('commits the change with its audit entry or not at all', async () => {
    const before = await read();
    t.db.exec(
      "CREATE TRIGGER break_audit BEFORE INSERT ON audit_log WHEN NEW.action = 'settings.changed' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const res = await as.admin
      .put('/api/settings')
      .send({ ...before, ...SIGNER })
      .expect(500);
    expect(JSON.stringify(res.body)).not.toMatch(/disk full/);
    expect(await read()).toEqual(before);
    expect(changes()).toHaveLength(0);
  });
});

describe('SettingsService.requireComplete', () => {
  const refusal = () => {
    try {
      t.services.settings.requireComplete();
    } catch (error) {
      return error as AppError;
    }
    throw new Error('requireComplete did not refuse');
  };

  it('refuses with 409 settings_incomplete naming each empty field, until they are filled in', async () => {
    const error = refusal();
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(409);
    expect(error.code).toBe('settings_incomplete');
    expect(error.extra.missing).toEqual(['responsible_name', 'responsible_position', 'signer_name', 'signer_position']);

    const current = await read();
    await as.admin
      .put('/api/settings')
      .send({ ...current, ...SIGNER })
      .expect(200);
    expect(refusal().extra.missing).toEqual(['responsible_name', 'responsible_position']);

    await t.services.settings.update(systemContext(), { ...(await read()), ...RESPONSIBLE });
    expect(t.services.settings.requireComplete()).toMatchObject({ ...SIGNER, ...RESPONSIBLE, version: 3 });
  });
});

describe('the staff member’s position', () => {
  it('is entered on creation, changed, cleared and listed; each change named in the audit log', async () => {
    const created = await as.admin
      .post('/api/staff')
      .send({ login: 'vasiliev', full_name: 'Васильев Игорь Николаевич', role: 'operator', position: ' Главный врач ' })
      .expect(201);
    const id = created.body.id;
    expect(created.body.position).toBe('Главный врач');
    const [made] = auditRows(t, "action = 'staff.created' AND entity_id = ?", String(id));
    expect(JSON.parse(made.details)).toMatchObject({ login: 'vasiliev', position: 'Главный врач' });

    const record = (await as.admin.get(`/api/staff/${id}`).expect(200)).body;
    const changed = await as.admin
      .put(`/api/staff/${id}`)
      .send({ ...record, position: 'Заместитель главного врача' })
      .expect(200);
    expect(changed.body.position).toBe('Заместитель главного врача');
    const listed = (await as.admin.get(withFilter('/api/staff', { login: 'vasiliev' })).expect(200)).body;
    expect(listed.map((s: any) => s.position)).toEqual(['Заместитель главного врача']);

    // A PUT without the field keeps it; an empty one clears it.
    const { position: _omitted, ...withoutPosition } = changed.body;
    expect((await as.admin.put(`/api/staff/${id}`).send(withoutPosition).expect(200)).body.position).toBe(
      'Заместитель главного врача',
    );
    expect(
      (
        await as.admin
          .put(`/api/staff/${id}`)
          .send({ ...record, position: '  ' })
          .expect(200)
      ).body.position,
    ).toBe(null);

    const updates = auditRows(t, "action = 'staff.updated' AND entity_id = ?", String(id));
    expect(updates.map((e) => JSON.parse(e.details).changes)).toEqual([
      { position: { from: 'Главный врач', to: 'Заместитель главного врача' } },
      { position: { from: 'Заместитель главного врача', to: null } },
    ]);
  });

  it('may be left out on creation, and is refused over 200 characters, naming the field', async () => {
    const plain = await as.admin
      .post('/api/staff')
      .send({ login: 'plain', full_name: 'Без Должности', role: 'operator' })
      .expect(201);
    expect(plain.body.position).toBeNull();

    const tooLong = await as.admin
      .post('/api/staff')
      .send({ login: 'long', full_name: 'Длинная Должность', role: 'operator', position: 'х'.repeat(201) })
      .expect(400);
    expect(Object.keys(tooLong.body.errors)).toEqual(['position']);
    const record = (await as.admin.get(`/api/staff/${plain.body.id}`).expect(200)).body;
    const res = await as.admin
      .put(`/api/staff/${plain.body.id}`)
      .send({ ...record, position: 42 })
      .expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['position']);
    expect(auditRows(t, "action = 'staff.created' AND details LIKE '%Длинная%'")).toHaveLength(0);
  });
});
