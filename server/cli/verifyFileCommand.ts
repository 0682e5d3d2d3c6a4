import fs from 'node:fs';
import { shortFingerprint } from '../checkpoints/signingKey.js';
import { verifyExportFile, type Finding } from '../audit/verifyFile.js';

// Enough to act on; a file rewritten throughout would otherwise print a line per entry.
const SHOWN = 50;

/**
 * `audit:verify --file EXPORT.jsonl [--pubkey KEY.pem]`: each problem on its own line of stderr naming its entry or
 * checkpoint, then a summary; exit 0 only when everything checked.
 */
export async function verifyFileCommand(file: string, pubkeyFile?: string): Promise<number> {
  const started = process.hrtime.bigint();
  const pem = pubkeyFile ? fs.readFileSync(pubkeyFile, 'utf8') : undefined;
  const report = await verifyExportFile(file, pem);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  for (const f of report.findings.slice(0, SHOWN)) console.error(`BROKEN ${subjectOf(f)}: ${f.problem}`);
  if (report.findings.length > SHOWN) console.error(`… and ${report.findings.length - SHOWN} more problems`);
  for (const note of report.notes) console.log(`Note: ${note}`);
  if (report.uncovered) {
    const { count, first, last } = report.uncovered;
    console.log(
      `Not yet covered: ${count} entries (${first === last ? `entry ${first}` : `ids ${first}–${last}`}) after the last checkpoint`,
    );
  }
  const key = `trusted key ${shortFingerprint(report.trusted.fingerprint)} (${report.trusted.from === 'pubkey' ? pubkeyFile : 'from the file'})`;
  const what = `${report.entries} entries and ${report.checkpoints} checkpoints${report.filtered ? ` (filtered export: ${JSON.stringify(report.filter)})` : ' (whole log)'}`;
  if (report.ok) console.log(`Export OK: ${what} checked in ${seconds.toFixed(2)} s, ${key}`);
  else console.error(`Export BROKEN: ${report.findings.length} problems in ${what}, ${key}`);
  return report.ok ? 0 : 1;
}

const subjectOf = (f: Finding) =>
  f.checkpoint !== undefined ? `checkpoint ${f.checkpoint}` : f.entry !== undefined ? `entry ${f.entry}` : 'file';
