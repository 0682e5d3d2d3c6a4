import fs from 'node:fs';
import type { Checkpoint } from '../contract/index.js';
import { fingerprintOf, publicKeyFromPem, shortFingerprint } from '../checkpoints/signingKey.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader, type ExportTrailer } from './exportFormat.js';
import { EntryWalk, type Finding } from './verifyFileEntries.js';
import { keysByFingerprint, verifyFileCheckpoints } from './verifyFileCheckpoints.js';

export type { Finding } from './verifyFileEntries.js';

export interface FileReport {
  ok: boolean;
  entries: number;
  checkpoints: number;
  /**
   * Made with a filter: a selection of the log, not a contiguous chain. The header says so and is not signed: an
   * auditor who asked for the whole log checks that the report says «whole log».
   */
  filtered: boolean;
  filter: Record<string, unknown>;
  findings: Finding[];
  /** What is not a failure but must be said: entries not yet covered, what a filtered export cannot prove. */
  notes: string[];
  trusted: { fingerprint: string; from: 'pubkey' | 'file' };
  /** Entries above the last entry a checkpoint vouches for. */
  uncovered: { count: number; first: number; last: number } | null;
}

/**
 * `audit:verify --file`: checks an export offline, with nothing but the file and a public key (issue 13 §4). Each
 * entry's hash is recomputed from its own fields and its stored prev_hash; links are checked where ids are
 * consecutive, and every id from 1 must be there only in an unfiltered export; each checkpoint's signature, its chain
 * and the hash of the entry it covers are checked. Without `trustedPem` the key in the file is trusted, which proves
 * only that the file agrees with itself: the report says so, and the auditor compares its fingerprint.
 */
export async function verifyExportFile(file: string, trustedPem?: string): Promise<FileReport> {
  const walk = new EntryWalk();
  const findings: Finding[] = [];
  const checkpoints: Checkpoint[] = [];
  let header: ExportHeader | undefined;
  let trailer: ExportTrailer | undefined;
  let lineNo = 0;
  for await (const batch of lineBatches(file))
    for (const text of batch) {
      lineNo++;
      if (text === '') continue;
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        findings.push({ problem: `line ${lineNo} is not JSON` });
        continue;
      }
      if (lineNo === 1) {
        if (line.type !== 'header' || line.format !== EXPORT_FORMAT || line.version !== EXPORT_VERSION) {
          throw new Error(`${file} is not a PD Desk audit export (format ${EXPORT_FORMAT} v${EXPORT_VERSION})`);
        }
        header = line as unknown as ExportHeader;
      } else if (trailer) {
        findings.push({ problem: `line ${lineNo} follows the trailer` });
      } else if (line.type === 'entry') {
        if (checkpoints.length) findings.push({ problem: `line ${lineNo}: an entry after the checkpoints` });
        walk.add(line, lineNo);
      } else if (line.type === 'checkpoint') {
        checkpoints.push(line as unknown as Checkpoint);
      } else if (line.type === 'trailer') {
        trailer = line as unknown as ExportTrailer;
      } else {
        findings.push({ problem: `line ${lineNo} is of no known type` });
      }
    }
  if (!header) throw new Error(`${file} is empty`);

  const filtered = Object.keys(header.filter ?? {}).length > 0;
  walk.finish(!filtered);
  const { first, last } = walk.bounds();
  findings.push(...walk.findings, ...completeness(header, trailer, walk.count, checkpoints.length, filtered, last));

  const trusted = trustedKey(header, trustedPem);
  const keys = keysByFingerprint([
    ...(header.signing_keys ?? []).map((k) => k.public_key),
    header.public_key?.pem ?? '',
    ...(trustedPem ? [trustedPem] : []),
  ]);
  const signed = verifyFileCheckpoints(checkpoints, {
    keys,
    trusted: trusted.fingerprint,
    hashOf: (id) => walk.hashOf(id),
    contiguous: !filtered,
    lastEntry: last,
  });
  findings.push(...signed.findings);

  const notes = [...signed.notes];
  if (trusted.from === 'file') {
    notes.push(
      `no --pubkey: trusting the key in the file, ${shortFingerprint(trusted.fingerprint)}; this proves the file ` +
        'consistent with itself only. Compare that fingerprint with the one you wrote down.',
    );
  }
  if (filtered) {
    notes.push(
      'a filtered export is a selection, not a chain: each entry is checked against its own hash and links only ' +
        'where ids are consecutive; it cannot show that no matching entry was left out',
    );
  }
  if (!checkpoints.length && walk.count) notes.push('no checkpoint in the export: nothing in it is signed');
  const uncovered = first === null ? null : walk.after(signed.coveredUpTo);
  return {
    ok: findings.length === 0,
    entries: walk.count,
    checkpoints: checkpoints.length,
    filtered,
    filter: header.filter ?? {},
    findings,
    notes,
    trusted,
    uncovered,
  };
}

/** What the header and trailer announce against what the file holds: a cut file, or one cut and patched up. */
function completeness(
  header: ExportHeader,
  trailer: ExportTrailer | undefined,
  entries: number,
  checkpoints: number,
  filtered: boolean,
  last: number | null,
): Finding[] {
  const findings: Finding[] = [];
  if (!trailer) findings.push({ problem: 'the file ends without its trailer: it was cut short' });
  else if (trailer.entries !== entries || trailer.checkpoints !== checkpoints) {
    findings.push({
      problem: `the trailer counts ${trailer.entries} entries and ${trailer.checkpoints} checkpoints; the file holds ${entries} and ${checkpoints}`,
    });
  }
  if (header.entries !== entries) {
    findings.push({ problem: `the header announces ${header.entries} entries; the file holds ${entries}` });
  }
  // Unfiltered, the export ends at the log's head when it was taken: anything short of it was cut.
  if (!filtered && header.head && last !== header.head.id) {
    findings.push({
      entry: last === null ? 1 : Math.min(last, header.head.id) + 1,
      problem:
        last === null || last < header.head.id
          ? `the export ends at entry ${last ?? 0}, but its header names the head ${header.head.id}: the tail was cut`
          : `the export goes on to entry ${last}, past the head ${header.head.id} its header names: entries were added`,
    });
  }
  return findings;
}

function trustedKey(header: ExportHeader, trustedPem?: string): FileReport['trusted'] {
  if (trustedPem) return { fingerprint: fingerprintOf(publicKeyFromPem(trustedPem)), from: 'pubkey' };
  return { fingerprint: fingerprintOf(publicKeyFromPem(header.public_key.pem)), from: 'file' };
}

/** The file's lines, a megabyte at a time (readline's event per line costs more than the hashing). */
async function* lineBatches(file: string): AsyncGenerator<string[]> {
  let rest = '';
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const parts = (rest + (chunk as string)).split('\n');
    rest = parts.pop()!;
    yield parts;
  }
  if (rest !== '') yield [rest];
}
