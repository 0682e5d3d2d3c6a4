import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { createServices } from '../services.js';
import type { RequestContext } from '../shared/requestContext.js';
import { AppError } from '../shared/errors.js';
import { validate } from '../http/validate.js';
import { createStaffBody } from '../staff/staff.schema.js';
import { findStaffByLogin } from '../staff/staff.repo.js';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.js';
import { verifyChainParallel } from '../audit/verifyChain.js';
import os from 'node:os';

const USAGE = `Usage: npm run cli -- <command> [options]
  user:add --login L --name "Full Name" --role operator|compliance|admin [--position "Должность"]
           (password from standard input)
  user:disable --login L
  audit:verify
  retention:run   (delete the content and key of destruction acts kept their 3 years; the server runs it daily)`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      login: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      position: { type: 'string' },
    },
  });
  const config = loadConfig();
  const db = openDatabase(config.databasePath);
  migrate(db);
  const services = createServices(db, config);
  // CLI actions are attributed to the operating-system account that ran them.
  const ctx: RequestContext = {
    actor: { id: null, login: `cli:${os.userInfo().username}`, role: 'system' },
    requestId: null,
    ip: null,
  };

  switch (command) {
    case 'user:add': {
      const input = validate(
        createStaffBody,
        { login: values.login, full_name: values.name, position: values.position, role: values.role },
        'arguments',
      );
      if (process.stdin.isTTY)
        process.stderr.write(`Password for ${input.login} (at least ${MIN_PASSWORD_LENGTH} characters): `);
      const password = await readStdin();
      if (password.length < MIN_PASSWORD_LENGTH)
        throw new Error(`The password must be at least ${MIN_PASSWORD_LENGTH} characters`);
      const { record } = await services.staff.create(ctx, { ...input, password });
      console.log(`Created ${record.role} "${record.login}" (id ${record.id})`);
      return 0;
    }
    case 'user:disable': {
      const staff = values.login ? findStaffByLogin(db, values.login) : undefined;
      if (!staff) throw new Error(`No account with login "${values.login ?? ''}"`);
      await services.staff.update(ctx, staff.id, { full_name: staff.full_name, role: staff.role, active: false });
      console.log(`Disabled "${staff.login}"; open sessions ended`);
      return 0;
    }
    case 'audit:verify': {
      const started = process.hrtime.bigint();
      // Worker threads split the log between the cores: a sequential walk would use one.
      const result = await verifyChainParallel(db, config.databasePath, {
        onProgress: (n) => process.stderr.write(`\r  checked ${n.toLocaleString('en')} entries…`),
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (result.checked >= 100_000) process.stderr.write('\n');
      if (result.ok) {
        console.log(`Audit log OK: ${result.checked} entries checked in ${seconds.toFixed(2)} s`);
        return 0;
      }
      console.error(
        `Audit log BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.checked} entries before it verified)`,
      );
      return 1;
    }
    case 'retention:run': {
      const { expired_acts } = await services.retention.run(ctx);
      console.log(
        expired_acts.length
          ? `Retention: ${expired_acts.length} destruction act(s) expired, content and key deleted: ${expired_acts
              .map((a) => a.number)
              .join(', ')}`
          : 'Retention: no destruction act is due',
      );
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    const message =
      err instanceof AppError
        ? `${err.message} ${JSON.stringify(err.extra.errors ?? {})}`
        : err instanceof Error
          ? err.message
          : String(err);
    console.error(`Error: ${message}`);
    process.exit(2);
  },
);
