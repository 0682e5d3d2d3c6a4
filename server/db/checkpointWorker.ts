import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

// The background checkpointer's thread (see checkpointer.ts): a connection of its own that copies committed
// WAL frames into the database file. PASSIVE never waits for, nor blocks, the writer or the readers.
const { databasePath, intervalMs } = workerData as { databasePath: string; intervalMs: number };
const db = new Database(databasePath, { fileMustExist: true });
db.pragma('busy_timeout = 1000');

const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // A busy or failed round is retried at the next tick; the writer's own autocheckpoint is the backstop.
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}, intervalMs);

parentPort!.on('message', (message: string) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort!.close();
});
