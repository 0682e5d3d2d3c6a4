import path from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { createServices } from '../services.js';
import { DEMO_ACCOUNTS, seedDemo, type DemoClock } from './seed.js';
import { runServer } from '../index.js';

// The demo runs on its own database file, so it never touches the real one.
const demoDatabase = path.resolve(process.env.DEMO_DATABASE_PATH ?? './data/demo.sqlite');

const config = loadConfig(process.env, { databasePath: demoDatabase });
const db = openDatabase(config.databasePath);
migrate(db);
const clock: DemoClock = { at: null };
const seeded = await seedDemo(
  createServices(db, config, () => clock.at ?? new Date()),
  clock,
);
db.close();
if (seeded) console.log(`Demo database filled: ${demoDatabase}`);
console.log('Demo accounts (demo only!):');
for (const a of DEMO_ACCOUNTS) console.log(`  ${a.login.padEnd(11)} ${a.password}   (${a.role})`);
await runServer({ databasePath: demoDatabase });
