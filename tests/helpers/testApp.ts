import { PURPOSES } from '../../server/contract/index.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { afterEach, beforeEach } from 'vitest';
import type { Express } from 'express';
import { loadConfig, type Config } from '../../server/config.js';
import { openDatabase, type Db } from '../../server/db/connection.js';
import { migrate } from '../../server/db/migrate.js';
import { createServices, type Services } from '../../server/services.js';
import { createApp } from '../../server/app.js';
import { systemContext } from '../../server/shared/requestContext.js';
import type { Role } from '../../server/contract/index.js';

export const PASSWORD = 'correct-horse-battery';

export interface TestApp {
  dir: string;
  dbPath: string;
  db: Db;
  app: Express;
  services: Services;
  config: Config;
  clock: { now: number; advanceMinutes(m: number): void };
  close(): void;
}

/** A fresh migrated SQLite file in its own temp folder, the real app over it, and a clock the test can move. */
export function createTestApp(overrides: Partial<Config> = {}): TestApp {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-desk-test-'));
  const dbPath = path.join(dir, 'test.sqlite');
  const config = loadConfig(
    {},
    { databasePath: dbPath, logLevel: 'silent', staticDir: path.join(dir, 'no-spa'), ...overrides },
  );
  const db = openDatabase(config.databasePath);
  migrate(db);
  const clock = {
    now: Date.now(),
    advanceMinutes(m: number) {
      this.now += m * 60_000;
    },
  };
  const services = createServices(db, config, () => new Date(clock.now));
  const app = createApp(services, pino({ level: 'silent' }));
  return {
    dir,
    dbPath,
    db,
    app,
    services,
    config,
    clock,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh app (createTestApp) for every test of the file, or of the describe block it is called in: created before
 * each test, closed after it. The object returned is the same throughout; its fields are those of the current test's
 * app, so file-level helpers can close over it. Hooks the file registers after this call run after the app exists
 * (beforeEach) and before it is closed (afterEach).
 */
export function useTestApp(overrides: Partial<Config> = {}): TestApp {
  const current = {} as TestApp;
  beforeEach(() => {
    Object.assign(current, createTestApp(overrides));
  });
  afterEach(() => current.close?.());
  return current;
}

let staffCounter = 0;

export async function createStaff(t: TestApp, role: Role, login = `${role}${++staffCounter}`) {
  const { record } = await t.services.staff.create(systemContext(), {
    login,
    full_name: `Тестовый ${role}`,
    role,
    password: PASSWORD,
  });
  return record;
}

/**
 * A signed-in client. get/post/put/delete are supertest requests carrying the session cookie, and for the mutating
 * verbs the CSRF header too. `agent` and `csrf` are there for tests that send a wrong or missing token on purpose.
 */
export interface LoggedIn {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  login: string;
  id: number;
  /** The body of the login answer (role, permissions, must_change_password, ...). */
  me: Record<string, any>;
  get(url: string): request.Test;
  post(url: string): request.Test;
  put(url: string): request.Test;
  delete(url: string): request.Test;
}

/** Signs `login` in over HTTP (the answer must be 200) and gives the client holding that session. */
export async function logIn(t: TestApp, login: string, password = PASSWORD): Promise<LoggedIn> {
  const agent = request.agent(t.app);
  const res = await agent.post('/api/auth/login').send({ login, password }).expect(200);
  const csrf: string = res.body.csrfToken;
  return {
    agent,
    csrf,
    login,
    id: res.body.id,
    me: res.body,
    get: (url) => agent.get(url),
    post: (url) => agent.post(url).set('X-CSRF-Token', csrf),
    put: (url) => agent.put(url).set('X-CSRF-Token', csrf),
    delete: (url) => agent.delete(url).set('X-CSRF-Token', csrf),
  };
}

/** A signed-in client for a new account of the given role. */
export async function loginAs(t: TestApp, role: Role): Promise<LoggedIn> {
  const staff = await createStaff(t, role);
  return logIn(t, staff.login);
}

/** `path?filter=<the filter as JSON>`, as react-admin sends a list filter. */
export const withFilter = (path: string, filter: object) =>
  `${path}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** Query parameters as react-admin's data provider sends them: each value as JSON (`sort`, `range`, `filter`). */
export const jsonParams = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)]));

/** Creates a subject over HTTP as `who` (the answer must be 201) and gives the created record. */
export async function createSubject(who: LoggedIn, over: Record<string, unknown> = {}): Promise<Record<string, any>> {
  return (await who.post('/api/subjects').send(sampleSubject(over)).expect(201)).body;
}

export function auditRows(t: TestApp, where = '1=1', ...params: unknown[]) {
  return t.db.prepare(`SELECT * FROM audit_log WHERE ${where} ORDER BY id`).all(...params) as Array<
    Record<string, any>
  >;
}

export const sampleSubject = (over: Record<string, unknown> = {}) => ({
  last_name: 'Петрова',
  first_name: 'Мария',
  patronymic: 'Игоревна',
  sex: 'female',
  birth_date: '1985-04-12',
  phone: '8 (912) 345-67-89',
  email: 'maria.petrova@example.ru',
  medical_info: 'Аллергия на пенициллин; гипертония II ст.',
  ...over,
});

/** Publishes a policy version and one consent form per purpose, in force from `effectiveFrom`, as the admin would. */
export async function publishDocuments(t: TestApp, version = '1', effectiveFrom = '2025-09-01') {
  const ctx = systemContext();
  const policy = await t.services.policies.create(ctx, {
    version,
    text: `Политика, редакция ${version}`,
    effective_from: effectiveFrom,
  });
  await t.services.policies.publish(ctx, policy.id);
  const forms = {} as Record<'medical_services' | 'marketing' | 'health_data', number>;
  for (const purpose of PURPOSES) {
    const f = await t.services.consentForms.create(ctx, {
      purpose,
      title: `Согласие (${purpose})`,
      version,
      text: `Текст согласия ${purpose}, версия ${version}`,
      effective_from: effectiveFrom,
    });
    await t.services.consentForms.publish(ctx, f.id);
    forms[purpose] = f.id;
  }
  return { policyId: policy.id, forms };
}

export type PublishedDocuments = Awaited<ReturnType<typeof publishDocuments>>;

export const websiteSubmission = (docs: PublishedDocuments, over: Record<string, unknown> = {}) => ({
  service: 'appointment',
  lastName: 'Петрова',
  firstName: 'Мария',
  patronymic: 'Игоревна',
  birthDate: '1985-04-12',
  sex: 'female',
  phone: '+7 (916) 000-11-22',
  email: 'maria.petrova@example.ru',
  message: 'Болит горло третий день',
  preferredTime: 'после 18:00',
  policyVersionId: docs.policyId,
  consents: [{ formId: docs.forms.medical_services, accepted: true }],
  ...over,
});
