import express from 'express';
import type { Statement } from 'better-sqlite3';
import { openDatabase } from '../../server/db/connection.js';
import { normalizeName } from '../../server/shared/text.js';
import { BASELINE_SQL } from './queries.js';

/**
 * The bare baseline: Express and better-sqlite3 with the production pragmas (WAL, synchronous=FULL), one
 * prepared statement per route. Started by the benchmark as a process of its own: DATABASE_PATH, PORT.
 */
const db = openDatabase(process.env.DATABASE_PATH!);
const st = Object.fromEntries(Object.entries(BASELINE_SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Record<
  keyof typeof BASELINE_SQL,
  Statement
>;
// Moscow calendar days, as the real audit filter reads them.
const day = (d: string, next = false) => {
  const date = new Date(`${d}T00:00:00.000+03:00`);
  if (next) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
};

const app = express();
app.use(express.json());
// The floor: Express and a JSON answer, nothing else.
app.get('/ping', (_req, res) => {
  res.json({ ok: true });
});
app.get('/list', (_req, res) => {
  res.json(st.list.all());
});
app.get('/search', (req, res) => {
  const word = normalizeName(String(req.query.q));
  res.json(st.search.all({ from: word, to: `${word}\uffff` }));
});
app.get('/phone', (req, res) => {
  res.json(st.phone.all(String(req.query.phone)));
});
app.get('/subjects/:id', (req, res) => {
  const row = st.show.get(Number(req.params.id));
  if (!row) return void res.status(404).end();
  res.json(row);
});
app.put('/subjects/:id', (req, res) => {
  const id = Number(req.params.id);
  const ok = st.correct.run(req.body.phone, new Date().toISOString(), id, req.body.version).changes === 1;
  res.status(ok ? 200 : 409).json(st.show.get(id));
});
app.get('/audit/subject/:id', (req, res) => {
  res.json(st.auditBySubject.all(Number(req.params.id)));
});
app.get('/audit/actor', (req, res) => {
  res.json(
    st.auditByActorMonth.all(String(req.query.actor), day(String(req.query.from)), day(String(req.query.to), true)),
  );
});
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('baseline listening'));
