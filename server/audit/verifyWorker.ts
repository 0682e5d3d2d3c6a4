import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { verifySlice } from './verifySlice.js';

// One slice of verifyChainParallel. A read-only connection of its own: it must not take part in writes
// (the server may be running) nor change the file's settings, which openDatabase() would.
const { databasePath, from, to } = workerData as { databasePath: string; from: number; to: number };
const db = new Database(databasePath, { readonly: true, fileMustExist: true });
try {
  const result = verifySlice(db, from, to, (checked) => parentPort!.postMessage({ progress: checked }));
  parentPort!.postMessage({ result });
} finally {
  db.close();
}
