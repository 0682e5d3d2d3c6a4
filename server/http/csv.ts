import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import { stringify, type Options } from 'csv-stringify';

/** One CSV record: its cells in column order (null/undefined → empty cell). */
export type CsvRow = readonly unknown[];

/** Rows as any (async) iterable: an array, a generator, better-sqlite3's `.iterate()`, a stream of records. */
export type CsvRows = Iterable<CsvRow> | AsyncIterable<CsvRow>;

// A text cell that a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @ tab or CR first.
const FORMULA_START = /^[=+\-@\t\r]/;
// …unless the whole cell is a number: a phone kept as +7XXXXXXXXXX, a negative count. "-2+3" is not one.
const SIGNED_NUMBER = /^[+-]\d+(?:[.,]\d+)?$/;

/** A cell as written: numbers as they are, text that could start a formula defused with a leading apostrophe. */
export function csvCell(value: unknown): string {
  if (value == null) return '';
  const text = String(value);
  if (typeof value === 'number' || typeof value === 'bigint') return text;
  return FORMULA_START.test(text) && !SIGNED_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 with CRLF: a cell holding a comma, quote, CR or LF is quoted and its quotes doubled. A semicolon is
 * quoted too, for spreadsheets set to read ";" as the separator (Excel in a Russian locale).
 */
const CSV_OPTIONS: Options = {
  bom: true, // so Excel reads the file as UTF-8 (Cyrillic)
  delimiter: ',',
  quote: '"',
  escape: '"',
  record_delimiter: '\r\n',
  // With record_delimiter set, csv-stringify would quote only cells holding the whole "\r\n": a lone CR or LF counts too.
  quote_record_delimiter: true,
  quoted_match: /;/,
  eof: true,
};

async function* records(header: readonly string[], rows: CsvRows): AsyncGenerator<string[]> {
  yield header.map(csvCell);
  for await (const row of rows) yield row.map(csvCell);
}

/**
 * Streams a CSV attachment: the BOM and the header first, then the rows as they are pulled from `rows`, with
 * backpressure, so a large export is never held in memory as a whole (give it a generator or a cursor).
 * Resolves once the response has been written, or quietly if the client went away. A failing source rejects;
 * by then the headers and part of the body may have gone out, so the response is cut off rather than completed
 * (the download fails instead of looking complete).
 */
export async function sendCsv(
  res: Response,
  filename: string,
  header: readonly string[],
  rows: CsvRows,
): Promise<void> {
  res.set('Content-Type', 'text/csv; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="${filename}"`);
  try {
    await pipeline(Readable.from(records(header, rows)), stringify(CSV_OPTIONS), res);
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ERR_STREAM_PREMATURE_CLOSE' && !res.writableFinished) return;
    throw error;
  }
}
