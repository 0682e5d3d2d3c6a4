import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'ra-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, createStaff, createTestApp, sampleSubject, type TestApp } from '../helpers/testApp.js';

// The real ra-data-simple-rest provider, driven from Node against the real server on a real port.
let t: TestApp;
let server: Server;
let provider: DataProvider;

beforeAll(async () => {
  t = createTestApp();
  server = t.app.listen(0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const staff = await createStaff(t, 'operator');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: staff.login, password: PASSWORD }),
  });
  const { csrfToken } = await login.json();
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const httpClient = (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Cookie', cookie);
    headers.set('X-CSRF-Token', csrfToken);
    return fetchUtils.fetchJson(url, { ...options, headers });
  };
  provider = simpleRestProvider(`${base}/api`, httpClient);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  t.close();
});

describe('ra-data-simple-rest contract', () => {
  const ids: number[] = [];

  it('create answers the created record with its id', async () => {
    for (const last_name of ['Алексеева', 'Борисов', 'Васильева']) {
      const { data } = await provider.create('subjects', { data: sampleSubject({ last_name }) });
      expect(data).toMatchObject({ id: expect.any(Number), last_name });
      ids.push(data.id as number);
    }
  });

  it('getList reads the total from Content-Range', async () => {
    const { data, total } = await provider.getList('subjects', {
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'last_name', order: 'DESC' },
      filter: {},
    });
    expect(total).toBe(3);
    expect(data.map((s) => s.last_name)).toEqual(['Васильева', 'Борисов']);
  });

  it('getOne and getMany', async () => {
    expect((await provider.getOne('subjects', { id: ids[1] })).data.last_name).toBe('Борисов');
    const many = await provider.getMany('subjects', { ids: [ids[0], ids[2]] });
    expect(many.data.map((s) => s.id).sort()).toEqual([ids[0], ids[2]].sort());
  });

  it('getManyReference filters on the reference field', async () => {
    const { data, total } = await provider.getManyReference('audit-log', {
      target: 'subject_id',
      id: ids[0],
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'DESC' },
      filter: {},
    });
    expect(total).toBe(1);
    expect(data[0].action).toBe('subject.created');
    expect(data.every((e) => e.subject_id === ids[0])).toBe(true);
  });

  it('update sends the record back with version and reason', async () => {
    const { data: current } = await provider.getOne('subjects', { id: ids[0] });
    const { data } = await provider.update('subjects', {
      id: ids[0],
      previousData: current,
      data: { ...current, email: 'new@example.ru', correction_reason: 'Через провайдер' },
    });
    expect(data).toMatchObject({ email: 'new@example.ru', version: current.version + 1 });
  });

  it('updateMany sends one request per id (stale versions are refused)', async () => {
    await expect(
      provider.updateMany('subjects', {
        ids: [ids[1], ids[2]],
        data: { ...sampleSubject(), version: 99, correction_reason: 'Массово' },
      }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('deleteMany reaches the server per id and is refused with 405', async () => {
    await expect(provider.deleteMany('subjects', { ids: [ids[1]] })).rejects.toMatchObject({ status: 405 });
    expect((await provider.getOne('subjects', { id: ids[1] })).data.id).toBe(ids[1]);
  });

  it('a validation error reaches react-admin with the field errors in body', async () => {
    await expect(provider.create('subjects', { data: sampleSubject({ phone: '123' }) })).rejects.toMatchObject({
      status: 400,
      body: { errors: { phone: expect.any(String) } },
    });
  });
});
