import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/connection.js';
import { migrate } from '../server/db/migrate.js';
import { createServices } from '../server/services.js';
import { systemContext } from '../server/shared/requestContext.js';
import { findStaffByLogin } from '../server/staff/staff.repo.js';
import type { BenchOptions } from './args.js';
import { generateDatabase } from './generate/index.js';
import { step } from './progress.js';

export const ACCOUNTS = {
  operator: { login: 'bench-operator', role: 'operator' as const },
  compliance: { login: 'bench-compliance', role: 'compliance' as const },
};
export const PASSWORD = 'bench-password-not-secret';

export interface Dataset {
  dbPath: string;
  subjects: number;
  audit: number;
  generatedSeconds: number;
  /** Built by an earlier run and reused (--dir). */
  reused: boolean;
  firstAt: string;
  lastAt: string;
}

interface Meta extends Dataset {
  fingerprint: string;
}

/** What the database was built from: sizes, seed and the schema (a changed migration means a rebuild). */
function fingerprint(o: BenchOptions): string {
  const dir = path.resolve('db/migrations');
  const hash = crypto.createHash('sha256').update(`${o.subjects}/${o.audit}/${o.seed}`);
  for (const f of fs.readdirSync(dir).sort()) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
  return hash.digest('hex');
}

/** The scratch database: reused when --dir holds one built from the same inputs, else generated afresh. */
export async function prepareDataset(o: BenchOptions): Promise<Dataset> {
  fs.mkdirSync(o.dir, { recursive: true });
  const dbPath = path.join(o.dir, 'bench.sqlite');
  const metaPath = path.join(o.dir, 'bench-meta.json');
  const wanted = fingerprint(o);
  const meta = fs.existsSync(metaPath) ? (JSON.parse(fs.readFileSync(metaPath, 'utf8')) as Meta) : null;
  if (meta?.fingerprint === wanted && fs.existsSync(dbPath)) {
    step(
      `Reusing ${dbPath} (${meta.subjects.toLocaleString('en')} subjects, ${meta.audit.toLocaleString('en')} generated audit entries)`,
    );
    return { ...meta, dbPath, reused: true };
  }
  for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}.master.key`, metaPath])
    fs.rmSync(f, { force: true });
  step(
    `Generating ${o.subjects.toLocaleString('en')} subjects and ${o.audit.toLocaleString('en')} audit entries in ${dbPath}`,
  );
  const info = await generateDatabase({ dbPath, subjects: o.subjects, audit: o.audit, seed: o.seed });
  await createAccounts(dbPath);
  const dataset: Dataset = {
    dbPath,
    subjects: o.subjects,
    audit: o.audit,
    generatedSeconds: info.seconds,
    reused: false,
    firstAt: info.firstAt,
    lastAt: info.lastAt,
  };
  fs.writeFileSync(metaPath, JSON.stringify({ ...dataset, fingerprint: wanted }, null, 2));
  return dataset;
}

/** The accounts the load runs sign in with, created through the real service (their creation is audited too). */
async function createAccounts(dbPath: string): Promise<void> {
  const db = openDatabase(dbPath);
  migrate(db);
  const services = createServices(db, benchConfig(dbPath));
  for (const a of Object.values(ACCOUNTS)) {
    if (findStaffByLogin(db, a.login)) continue;
    await services.staff.create(systemContext(), {
      login: a.login,
      full_name: `Нагрузочный тест (${a.role})`,
      role: a.role,
      password: PASSWORD,
    });
  }
  db.close();
}

/** The production configuration over the scratch file, ignoring this shell's environment (its PD_MASTER_KEY above all). */
export function benchConfig(dbPath: string, overrides: Parameters<typeof loadConfig>[1] = {}) {
  return loadConfig({}, { databasePath: dbPath, logLevel: 'silent', ...overrides });
}

export function openReadOnly(dbPath: string) {
  return new Database(dbPath, { readonly: true, fileMustExist: true });
}
