import type { Response } from 'express';

/** RFC 4180 CSV with a BOM (so Excel opens Cyrillic correctly); formula-leading cells are defused. */
export function sendCsv(res: Response, filename: string, header: string[], rows: unknown[][]): void {
  const cell = (v: unknown) => {
    let s = v == null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d/.test(s)) s = `'${s}`;
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const body = [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n');
  res.set('Content-Type', 'text/csv; charset=utf-8');
  res.set('Content-Disposition', `attachment; filename="${filename}"`);
  res.send(`\uFEFF${body}\r\n`);
}
