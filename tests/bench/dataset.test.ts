import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/args.js';
import { ACCOUNTS, benchConfig, prepareDataset } from '../../bench/dataset.js';
import { openDatabase, type Db } from '../../server/db/connection.js';
import { createServices } from '../../server/services.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { verifyChain } from '../../server/audit/verifyChain.js';
import { normalizeName } from '../../server/shared/text.js';
import { correctSubjectBody } from '../../server/subjects/subjects.schema.js';

// The benchmark's data must be what the application itself would have written, or its figures measure nothing.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdd-bench-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const count = (db: Db, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('npm run bench: the scratch dataset', () => {
  it('has the asked sizes, a log that verifies, and subjects the server reads, corrects and searches', async () => {
    const options = parseBenchArgs(['--subjects', '3000', '--audit', '12000', '--dir', dir, '--seed', '7']);
    const dataset = await prepareDataset(options);
    expect(dataset.reused).toBe(false);

    const db = openDatabase(dataset.dbPath);
    try {
      expect(count(db, 'SELECT count(*) FROM subjects')).toBe(3000);
      expect(count(db, 'SELECT sum(n) FROM subject_counts')).toBe(3000);
      // The generated entries plus the audited creation of the two accounts the load runs sign in with.
      expect(count(db, 'SELECT count(*) FROM audit_log')).toBeGreaterThanOrEqual(12000);
      expect(
        count(
          db,
          'SELECT count(*) FROM staff WHERE login IN (?, ?)',
          ACCOUNTS.operator.login,
          ACCOUNTS.compliance.login,
        ),
      ).toBe(2);
      const verdict = verifyChain(db);
      expect(verdict.ok).toBe(true);

      // Search columns agree with the names, as the application's own writes keep them.
      const rows = db
        .prepare(
          'SELECT last_name, last_name_norm, first_name, first_name_norm FROM subjects ORDER BY random() LIMIT 200',
        )
        .all() as { last_name: string; last_name_norm: string; first_name: string; first_name_norm: string }[];
      for (const r of rows) {
        expect(r.last_name_norm).toBe(normalizeName(r.last_name));
        expect(r.first_name_norm).toBe(normalizeName(r.first_name));
      }

      // Each subject's data key and medical note decrypt through the real services; a correction chains on.
      const services = createServices(db, benchConfig(dataset.dbPath));
      const ctx = systemContext();
      const withNote = count(db, 'SELECT min(id) FROM subjects WHERE medical_info_enc IS NOT NULL');
      const revealed = await services.subjects.revealMedicalInfo(ctx, withNote, 'Проверка данных нагрузочного теста');
      expect(revealed.medical_info).toMatch(/\S/);
      const subject = await services.subjects.view(ctx, withNote);
      const corrected = await services.subjects.correct(
        ctx,
        withNote,
        correctSubjectBody.parse({
          ...subject,
          phone: '+79990001122',
          correction_reason: 'Проверка данных нагрузочного теста',
        }),
      );
      expect(corrected.phone).toBe('+79990001122');
      expect(
        services.subjects.list({
          filter: { q: '+79990001122' },
          sortField: 'last_name',
          sortOrder: 'ASC',
          offset: 0,
          limit: 25,
        }).rows,
      ).toMatchObject([{ id: withNote }]);
      expect(verifyChain(db).ok).toBe(true);
    } finally {
      db.close();
    }

    // The same sizes and seed reuse the file; other sizes build a new one.
    expect((await prepareDataset(options)).reused).toBe(true);
    expect(
      (await prepareDataset(parseBenchArgs(['--subjects', '3000', '--audit', '11000', '--dir', dir, '--seed', '7'])))
        .reused,
    ).toBe(false);
  });

  it('refuses a scratch folder inside ./data, next to the real database', () => {
    expect(() => parseBenchArgs(['--dir', path.join('data', 'bench')])).toThrow(/inside \.\/data/);
  });
});
