// Reading generated PDFs as a person would: their text through pdftotext and their first page as a picture through
// pdftoppm (Debian's poppler-utils, on every developer machine and in CI).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Response } from 'supertest';

/**
 * The PDF's text as pdftotext reads it: in reading order by default, columns side by side with `layout`, or in the
 * order it was drawn with `raw` (a watermark drawn over the page then comes out whole, after the page's text).
 */
export function pdfText(pdf: Buffer, { mode }: { mode?: 'layout' | 'raw' } = {}): string {
  return execFileSync('pdftotext', [...(mode ? [`-${mode}`] : []), '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    encoding: 'utf8',
  });
}

/** Pages, page size and title as pdfinfo reports them. */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => [m[1].trim(), m[2].trim()]),
  );
}

/** The fonts embedded in the PDF, as pdffonts names them (without the subset prefix): what bold and italic used. */
export function pdfFonts(pdf: Buffer): string[] {
  const out = execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ''))
    .filter((name): name is string => !!name);
}

/**
 * Renders the first page to `<file>.png` (60 dpi unless told), for a test to keep and a person to look at; answers
 * the PNG's path.
 */
export function pdfFirstPagePng(pdf: Buffer, file: string, dpi = 60): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-'));
  const input = path.join(dir, 'in.pdf');
  fs.writeFileSync(input, pdf);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', input, file]);
  fs.rmSync(dir, { recursive: true, force: true });
  return `${file}.png`;
}

/** A supertest parser that keeps a binary body as a Buffer: `.buffer(true).parse(binary)`. */
export function binary(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  // In Node, superagent hands the parser the incoming message itself: a stream of the body's bytes.
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
  stream.on('error', (e: Error) => done(e, Buffer.alloc(0)));
}
