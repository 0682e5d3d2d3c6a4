// A download read as it arrives, for exports large enough to want a progress indicator (the audit log's, millions of
// rows). Like the data provider's other file downloads it is a plain fetch with the session cookie (httpClient would
// decode the body as text); errors become react-admin HttpErrors with the server's codes localized, as theirs do.
import { HttpError } from 'react-admin';
import { localizeHttpError } from './serverErrors';

export interface DownloadProgress {
  bytes: number;
  /** Lines received so far (a JSONL or CSV record each, give or take the header). */
  lines: number;
  /** What the server announced (X-Export-Rows), when it did. */
  rows: number | null;
}

export const streamedDownload = async (
  url: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
): Promise<{ blob: Blob; filename: string }> => {
  const response = await fetch(url, { credentials: 'include', headers: { Accept: '*/*' } });
  if (!response.ok || !response.body) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    const message = (body as { message?: string } | null)?.message || response.statusText;
    throw localizeHttpError(new HttpError(message, response.status, body));
  }
  const announced = response.headers.get('X-Export-Rows');
  const progress: DownloadProgress = { bytes: 0, lines: 0, rows: announced === null ? null : Number(announced) };
  const parts: Uint8Array[] = [];
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    progress.bytes += value.length;
    for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) progress.lines++;
    onProgress({ ...progress });
  }
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return {
    blob: new Blob(parts as BlobPart[], { type }),
    filename: /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName,
  };
};
