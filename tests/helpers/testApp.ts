import { PURPOSES } from '../../server/contract/index.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import type { Express } from 'express';
import { loadConfig, type Config } from '../../server/config.js';
import { openDatabase, type Db } from '../../server/db/connection.js';
import { migrate } from '../../server/db/migrate.js';
import { createServices, type Services } from '../../server/services.js';
import { createApp } from '../../server/app.js';
import { SYSTEM_ACTOR } from '../../server/shared/requestContext.js';
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
  const config = loadConfig({}, { databasePath: dbPath, logLevel: 'silent', staticDir: path.join(dir, 'no-spa'), ...overrides });
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
    dir, dbPath, db, app, services, config, clock,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let staffCounter = 0;

export async function createStaff(t: TestApp, role: Role, login = `${role}${++staffCounter}`) {
  const { record } = await t.services.staff.create(
    { actor: SYSTEM_ACTOR, requestId: null, ip: null },
    { login, full_name: `Тестовый ${role}`, role, password: PASSWORD },
  );
  return record;
}

export interface LoggedIn {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  login: string;
  id: number;
}

/** A supertest agent holding a real session cookie for a new account of the given role. */
export async function loginAs(t: TestApp, role: Role): Promise<LoggedIn> {
  const staff = await createStaff(t, role);
  const agent = request.agent(t.app);
  const res = await agent.post('/api/auth/login').send({ login: staff.login, password: PASSWORD }).expect(200);
  return { agent, csrf: res.body.csrfToken, login: staff.login, id: staff.id };
}

export function auditRows(t: TestApp, where = '1=1', ...params: unknown[]) {
  return t.db.prepare(`SELECT * FROM audit_log WHERE ${where} ORDER BY id`).all(...params) as Array<Record<string, any>>;
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
  const ctx = { actor: SYSTEM_ACTOR, requestId: null, ip: null };
  const policy = await t.services.policies.create(ctx, { version, text: `Политика, редакция ${version}`, effective_from: effectiveFrom });
  await t.services.policies.publish(ctx, policy.id);
  const forms = {} as Record<'medical_services' | 'marketing' | 'health_data', number>;
  for (const purpose of PURPOSES) {
    const f = await t.services.consentForms.create(ctx, {
      purpose, title: `Согласие (${purpose})`, version, text: `Текст согласия ${purpose}, версия ${version}`, effective_from: effectiveFrom,
    });
    await t.services.consentForms.publish(ctx, f.id);
    forms[purpose] = f.id;
  }
  return { policyId: policy.id, forms };
}

export const websiteSubmission = (docs: Awaited<ReturnType<typeof publishDocuments>>, over: Record<string, unknown> = {}) => ({
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
