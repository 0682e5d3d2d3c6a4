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
import fs from 'node:fs';
import { verifyCheckpoints, type CheckpointsResult } from '../checkpoints/verifyCheckpoints.js';
import { fingerprintOf, publicKeyFromPem, shortFingerprint } from '../checkpoints/signingKey.js';
import { rotateSigningKey } from '../checkpoints/keyRotation.js';
import { verifyFileCommand } from './verifyFileCommand.js';

const USAGE = `Usage: npm run cli -- <command> [options]
  user:add --login L --name "Full Name" --role operator|compliance|admin [--position "Должность"]
           (password from standard input)
  user:disable --login L
  audit:verify [--pubkey KEY.pem]
           (the chain, then every signed checkpoint; the key trusted is KEY.pem, else this server's own)
  audit:verify --file EXPORT.jsonl [--pubkey KEY.pem]
           (an export of the log, offline: no database, no server; the key trusted is KEY.pem, else the file's)
  checkpoints:rotate-key [--out FILE]
           (a new signing key, signed over by the old one; --out when the key comes from PD_SIGNING_KEY)
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
      pubkey: { type: 'string' },
      out: { type: 'string' },
      file: { type: 'string' },
    },
  });
  // Offline: nothing but the file and the key, so neither the configuration nor the database is opened.
  if (command === 'audit:verify' && values.file) {
    return verifyFileCommand(values.file, values.pubkey);
  }
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
      } else {
        console.error(
          `Audit log BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.checked} entries before it verified)`,
        );
      }
      // Checked whatever the chain's result: a bad checkpoint is worth naming too.
      const trusted = values.pubkey
        ? fingerprintOf(publicKeyFromPem(fs.readFileSync(values.pubkey, 'utf8')))
        : services.checkpoints.publicKey().fingerprint;
      const checkpoints = verifyCheckpoints(db, trusted);
      reportCheckpoints(checkpoints, trusted, values.pubkey ? values.pubkey : 'this server’s key');
      return result.ok && checkpoints.ok ? 0 : 1;
    }
    case 'checkpoints:rotate-key': {
      const rotation = await rotateSigningKey(services.checkpoints, ctx, {
        databasePath: config.databasePath,
        keyFromEnv: Boolean(config.signingKey),
        outFile: values.out,
      });
      console.log(
        `Signing key rotated: checkpoint ${rotation.checkpoint.id} (signed with the old key) hands over to ` +
          `${shortFingerprint(rotation.fingerprint)}`,
      );
      if (rotation.newKeyFile) {
        console.log(
          `The new key is in ${rotation.newKeyFile} (mode 0600): put it into PD_SIGNING_KEY, then delete the file`,
        );
      }
      console.log('Give auditors the new public key: GET /api/audit-log/public-key, or the console’s checkpoints page');
      return 0;
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

function reportCheckpoints(result: CheckpointsResult, trusted: string, trustedFrom: string): void {
  if (!result.ok) {
    console.error(
      `Checkpoints BROKEN at checkpoint ${result.brokenAt}: ${result.reason} (${result.checked} checkpoints before it verified)`,
    );
    return;
  }
  const trust = `trusted key ${shortFingerprint(trusted)} (${trustedFrom})`;
  if (!result.last) {
    console.log(`Checkpoints: none signed yet; ${result.uncovered} entries not yet covered by a signature`);
    return;
  }
  console.log(
    `Checkpoints OK: ${result.checked} signatures verified, ${trust}; the last, ${result.last.id}, covers entry ` +
      `${result.last.auditId}; ${result.uncovered} entries after it not yet covered`,
  );
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
