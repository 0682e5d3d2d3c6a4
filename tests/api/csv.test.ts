import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, sendCsv, type CsvRow, type CsvRows } from '../../server/http/csv.js';
import {
  auditRows,
  createTestApp,
  loginAs,
  publishDocuments,
  sampleSubject,
  websiteSubmission,
  type TestApp,
} from '../helpers/testApp.js';

const BOM = '\uFEFF';
// Every export names why it is made (issue 13 §2); URL-encoded, as the SPA sends it.
const EXPORT_REASON = encodeURIComponent('Проверка формата выгрузки');

/** A bare app answering GET / with sendCsv over `rows()` (a fresh iterable per request). */
function csvApp(header: string[], rows: () => CsvRows) {
  const app = express();
  app.get('/', async (_req, res) => {
    await sendCsv(res, 'test.csv', header, rows());
  });
  return app;
}

/** The body as bytes, so the BOM is seen as sent (a text decoder would drop it). */
async function bytesOf(test: request.Test) {
  const res = await test
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200);
  return { res, bytes: res.body as Buffer, text: (res.body as Buffer).toString('utf8') };
}

const rawBody = (app: express.Express) => bytesOf(request(app).get('/'));

describe('sendCsv: format', () => {
  it('writes a UTF-8 BOM, CRLF after every record (the last too) and the attachment headers', async () => {
    const { res, bytes, text } = await rawBody(
      csvApp(['a', 'b'], () => [
        [1, 'x'],
        [2, 'Иванова'],
      ]),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toBe(`${BOM}a,b\r\n1,x\r\n2,Иванова\r\n`);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="test.csv"');
  });

  it('an empty export is the BOM and the header line', async () => {
    const { text } = await rawBody(csvApp(['a', 'b'], () => []));
    expect(text).toBe(`${BOM}a,b\r\n`);
  });

  it('quotes per RFC 4180: commas, quotes (doubled), CR, LF, CRLF; and semicolons; empty and null cells stay empty', async () => {
    const row: CsvRow = [
      'a,b',
      'say "hi"',
      'line1\nline2',
      'cr\rhere',
      'crlf\r\nhere',
      'semi;colon',
      'plain',
      '',
      null,
      undefined,
      0,
      42,
    ];
    const { text } = await rawBody(csvApp(['h1', 'h,2'], () => [row]));
    expect(text).toBe(
      `${BOM}h1,"h,2"\r\n` +
        '"a,b","say ""hi""","line1\nline2","cr\rhere","crlf\r\nhere","semi;colon",plain,,,,0,42\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as formulas, but leaves numbers (a +7 phone, a negative count) alone', async () => {
    const cells = [
      '=SUM(1)',
      '+cmd',
      '-2+3',
      '@SUM(A1)',
      '\tTAB',
      '\rCR',
      '=1,2',
      '+79161234567',
      '-5',
      '-5.5',
      'a=b',
      'x+1',
      '2026-11-01',
    ];
    const numbers = [-5, 7, -0.25];
    const { text } = await rawBody(csvApp(['c'], () => [[...cells, ...numbers]]));
    expect(text).toBe(
      `${BOM}c\r\n` +
        [
          `'=SUM(1)`,
          `'+cmd`,
          `'-2+3`,
          `'@SUM(A1)`,
          `'\tTAB`,
          `"'\rCR"`,
          `"'=1,2"`,
          '+79161234567',
          '-5',
          '-5.5',
          'a=b',
          'x+1',
          '2026-11-01',
          '-5',
          '7',
          '-0.25',
        ].join(',') +
        '\r\n',
    );
    // The header goes through the same guard.
    expect((await rawBody(csvApp(['=evil'], () => []))).text).toBe(`${BOM}'=evil\r\n`);
  });

  it('csvCell: the guard on its own', () => {
    expect(csvCell('=SUM(1)')).toBe("'=SUM(1)");
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('+79161234567')).toBe('+79161234567');
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('<5')).toBe('<5');
  });
});

describe('sendCsv: streaming', () => {
  const TOTAL = 200_000;
  const FILLER = 'ж'.repeat(40); // 80 bytes of UTF-8: ~19 MB in all, more than socket buffers hold
  const line = (i: number) => `${i},row ${i},${FILLER}\r\n`;

  it('takes a generator and sends every row of a 200,000-row export', async () => {
    let produced = 0;
    function* rows(): Generator<CsvRow> {
      for (let i = 0; i < TOTAL; i++) {
        produced++;
        yield [i, `row ${i}`, FILLER];
      }
    }
    const { res, bytes, text } = await rawBody(csvApp(['n', 'name', 'filler'], rows));
    expect(res.headers['transfer-encoding']).toBe('chunked'); // streamed, not sent with a precomputed length
    expect(produced).toBe(TOTAL);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(TOTAL + 2); // header, rows, and the empty string after the last CRLF
    expect(lines[TOTAL]).toBe(`${TOTAL - 1},row ${TOTAL - 1},${FILLER}`);
    let expected = Buffer.byteLength(`${BOM}n,name,filler\r\n`);
    for (let i = 0; i < TOTAL; i++) expected += Buffer.byteLength(line(i));
    expect(bytes.length).toBe(expected);
  });

  it('pulls rows only as fast as the client reads them: the first bytes leave before the last row is made', async () => {
    let produced = 0;
    function* rows(): Generator<CsvRow> {
      for (let i = 0; i < TOTAL; i++) {
        produced++;
        yield [i, `row ${i}`, FILLER];
      }
    }
    const server = http.createServer(csvApp(['n', 'name', 'filler'], rows)).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const { atFirstChunk, whilePaused, received } = await new Promise<{
        atFirstChunk: number;
        whilePaused: number;
        received: number;
      }>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path: '/' }, (res) => {
            let atFirstChunk = -1;
            let received = 0;
            let whilePaused = -1;
            res.on('data', (chunk: Buffer) => {
              received += chunk.length;
              if (atFirstChunk !== -1) return;
              atFirstChunk = produced;
              // Stop reading for a while: the server must stop pulling rows once the buffers are full.
              res.pause();
              setTimeout(() => {
                whilePaused = produced;
                res.resume();
              }, 300);
            });
            res.on('end', () => resolve({ atFirstChunk, whilePaused, received }));
            res.on('error', reject);
          })
          .on('error', reject);
      });
      expect(atFirstChunk).toBeGreaterThan(0);
      expect(atFirstChunk).toBeLessThan(TOTAL);
      // Backpressure: while nobody read, rows stopped being made once the buffers (a few MB) were full.
      expect(whilePaused).toBeLessThan(TOTAL / 2);
      expect(produced).toBe(TOTAL);
      let expected = Buffer.byteLength(`${BOM}n,name,filler\r\n`);
      for (let i = 0; i < TOTAL; i++) expected += Buffer.byteLength(line(i));
      expect(received).toBe(expected);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('a source that fails midway cuts the response off: the download fails rather than looking complete', async () => {
    function* rows(): Generator<CsvRow> {
      for (let i = 0; i < 50_000; i++) {
        if (i === 40_000) throw new Error('cursor failed');
        yield [i, FILLER];
      }
    }
    const app = express();
    let failure: unknown;
    app.get('/', async (_req, res, next) => {
      await sendCsv(res, 'test.csv', ['n', 'filler'], rows()).catch((error) => {
        failure = error;
        next(error);
      });
    });
    await expect(request(app).get('/').buffer(true)).rejects.toThrow(/aborted|socket hang up|ECONNRESET/i);
    expect((failure as Error).message).toBe('cursor failed');
  });

  it('takes an async iterable too', async () => {
    async function* rows(): AsyncGenerator<CsvRow> {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        yield [i, `=${i}`];
      }
    }
    const { text } = await rawBody(csvApp(['n', 'f'], rows));
    expect(text).toBe(`${BOM}n,f\r\n0,'=0\r\n1,'=1\r\n2,'=2\r\n`);
  });
});

describe('CSV exports through the app', () => {
  let t: TestApp;
  beforeEach(() => {
    t = createTestApp({ publicRateLimit: 1000 });
  });
  afterEach(() => t.close());

  it('marketing list: header, quoted and defused cells, the phone as stored, and the export audited with its row count', async () => {
    const docs = await publishDocuments(t);
    const op = await loginAs(t, 'operator');
    const subject = (
      await op.agent.post('/api/subjects').set('X-CSRF-Token', op.csrf).send(sampleSubject()).expect(201)
    ).body;
    const consent = (
      await op.agent
        .post('/api/consents')
        .set('X-CSRF-Token', op.csrf)
        .send({
          subject_id: subject.id,
          consent_form_id: docs.forms.marketing,
          given_at: '2026-11-01',
          channel: 'paper',
        })
        .expect(201)
    ).body;
    // Values the form would not let through but an older import might have: a formula, a comma, quotes.
    t.db
      .prepare('UPDATE subjects SET last_name = ?, first_name = ?, patronymic = NULL WHERE id = ?')
      .run('=HYPERLINK("http://x.example","click")', 'Мария, "Маша"', subject.id);

    const { res, text } = await bytesOf(op.agent.get(`/api/marketing-list?format=csv&reason=${EXPORT_REASON}`));
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="marketing-list.csv"');
    expect(text).toBe(
      `${BOM}subject_id,last_name,first_name,patronymic,phone,email,consent_id,consent_given_at\r\n` +
        `${subject.id},"'=HYPERLINK(""http://x.example"",""click"")","Мария, ""Маша""",,+79123456789,maria.petrova@example.ru,${consent.id},${consent.given_at}\r\n`,
    );
    const exported = auditRows(t, "action = 'marketing_list.exported'");
    expect(exported).toHaveLength(1);
    expect(JSON.parse(exported[0].details)).toMatchObject({ rows: 1, total: 1 });
  });

  it('marketing list: the audit entry is committed before the response starts', async () => {
    const docs = await publishDocuments(t);
    const op = await loginAs(t, 'operator');
    const subject = (
      await op.agent.post('/api/subjects').set('X-CSRF-Token', op.csrf).send(sampleSubject()).expect(201)
    ).body;
    await op.agent
      .post('/api/consents')
      .set('X-CSRF-Token', op.csrf)
      .send({ subject_id: subject.id, consent_form_id: docs.forms.marketing, given_at: '2026-11-01', channel: 'paper' })
      .expect(201);
    let auditedAtHeaders = -1;
    await op.agent
      .get(`/api/marketing-list?format=csv&reason=${EXPORT_REASON}`)
      .buffer(true)
      .parse((response, done) => {
        // Called as soon as the status line and headers are in, before any of the body is read.
        auditedAtHeaders = auditRows(t, "action = 'marketing_list.exported'").length;
        response.on('data', () => {});
        response.on('end', () => done(null, null));
      })
      .expect(200);
    expect(auditedAtHeaders).toBe(1);
  });

  it('statistics: one line per published cell, suppressed counts as <5, the export audited', async () => {
    const docs = await publishDocuments(t);
    for (let i = 0; i < 5; i++) {
      await request(t.app)
        .post('/api/public/submissions')
        .send(websiteSubmission(docs, { service: 'appointment', phone: `+7916000000${i}` }))
        .expect(201);
    }
    await request(t.app)
      .post('/api/public/submissions')
      .send(websiteSubmission(docs, { service: 'callback' }))
      .expect(201);
    const compliance = await loginAs(t, 'compliance');
    const json = (await compliance.agent.get('/api/statistics').expect(200)).body;
    const { res, text } = await bytesOf(compliance.agent.get(`/api/statistics?format=csv&reason=${EXPORT_REASON}`));
    expect(res.headers['content-disposition']).toBe('attachment; filename="statistics.csv"');
    const expected = json.cells
      .map((c: any) => [c.dataset, c.service, c.month, c.age_band, c.sex, c.count].join(',') + '\r\n')
      .join('');
    expect(text).toBe(`${BOM}dataset,service,month,age_band,sex,count\r\n${expected}`);
    expect(text).toMatch(/^submissions,appointment,\d{4}-\d{2},[^,]+,[^,]+,5\r$/m);
    expect(text).toMatch(/^submissions,callback,\d{4}-\d{2},[^,]+,[^,]+,<5\r$/m);
    expect(auditRows(t, "action = 'statistics.exported'")).toHaveLength(1);
  });
});
