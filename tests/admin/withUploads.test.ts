// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreateParams, DataProvider, UpdateParams } from 'react-admin';
import { setSession } from '../../admin/providers/session';
import { UploadAfterSaveError, withUploads, type UploadConfig } from '../../admin/providers/withUploads';
import type { Session } from '../../admin/types';

// Our wrapper over a fake base provider and a fake fetch: what it sends, and what it answers. The server side of
// the same upload is tests/api/uploads.test.ts.

const config: UploadConfig = {
  letters: { field: 'attachments', endpoint: (id) => `/api/letters/${id}/attachments` },
  envelopes: { field: 'scan', endpoint: (id) => `/api/envelopes/${id}/scan` },
};

const session = (csrfToken: string) =>
  ({
    id: 1,
    login: 'operator',
    full_name: 'Оператор',
    role: 'operator',
    permissions: [],
    csrfToken,
    must_change_password: false,
  }) as Session;

/** jsdom's File has no text(); FileReader it has. */
const readText = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

interface Sent {
  url: string;
  method: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  file: File | null;
}

let sent: Sent[];
let answer: (url: string, index: number) => Response;
let base: DataProvider & { create: ReturnType<typeof vi.fn>; update: ReturnType<typeof vi.fn> };

beforeEach(() => {
  sent = [];
  answer = (_url, index) => json(201, { id: 100 + index, file_name: `stored-${index}` });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const body = init.body instanceof FormData ? init.body : null;
      sent.push({
        url,
        method: init.method ?? 'GET',
        headers: new Headers(init.headers),
        credentials: init.credentials,
        file: body ? (body.get('file') as File | null) : null,
      });
      return answer(url, sent.length - 1);
    }),
  );
  base = {
    create: vi.fn(async (_resource: string, params: CreateParams) => ({ data: { ...params.data, id: 42 } })),
    update: vi.fn(async (_resource: string, params: UpdateParams) => ({ data: { ...params.data, id: params.id } })),
  } as never;
  setSession(session('token-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  setSession(null);
});

const pdf = (name: string, text = `%PDF-1.4 ${name}`) => ({
  rawFile: new File([text], name, { type: 'application/pdf' }),
  src: 'blob:x',
  title: name,
});

describe('withUploads', () => {
  it('saves the record without its files, then POSTs each new file as multipart field `file` with the CSRF header', async () => {
    const provider = withUploads(base, config);
    const a = pdf('Иванов_письмо.pdf');
    const b = pdf('конверт.pdf', '%PDF-1.4 envelope bytes');

    const result = await provider.create('letters', { data: { sender: 'Иванов', attachments: [a, b] } });

    expect(base.create).toHaveBeenCalledWith('letters', { data: { sender: 'Иванов' } });
    expect(sent.map((s) => [s.method, s.url])).toEqual([
      ['POST', '/api/letters/42/attachments'],
      ['POST', '/api/letters/42/attachments'],
    ]);
    for (const s of sent) {
      expect(s.headers.get('X-CSRF-Token')).toBe('token-1');
      // fetch writes multipart/form-data with its boundary itself; a Content-Type set here would break it.
      expect(s.headers.has('Content-Type')).toBe(false);
      expect(s.credentials).toBe('include');
    }
    expect(sent[0].file?.name).toBe('Иванов_письмо.pdf');
    expect(sent[1].file?.size).toBe(b.rawFile.size);
    expect(await readText(sent[1].file!)).toBe('%PDF-1.4 envelope bytes');
    expect(result.data).toEqual({
      sender: 'Иванов',
      id: 42,
      attachments: [
        { id: 100, file_name: 'stored-0' },
        { id: 101, file_name: 'stored-1' },
      ],
    });
  });

  it('on update, keeps the files already stored and sends only the new ones, to the record’s own endpoint', async () => {
    const provider = withUploads(base, config);
    const stored = { id: 5, file_name: 'старое.pdf', media_type: 'application/pdf', size: 10 };
    const result = await provider.update('letters', {
      id: 7,
      previousData: { id: 7 },
      data: { id: 7, attachments: [stored, pdf('новое.pdf')] },
    });
    expect(base.update).toHaveBeenCalledWith('letters', { id: 7, previousData: { id: 7 }, data: { id: 7 } });
    expect(sent.map((s) => s.url)).toEqual(['/api/letters/7/attachments']);
    expect(result.data.attachments).toEqual([stored, { id: 100, file_name: 'stored-0' }]);
  });

  it('gives a single-file field its one stored record, and leaves a record without the field as it is', async () => {
    const provider = withUploads(base, config);
    const one = await provider.create('envelopes', { data: { scan: pdf('scan.pdf') } });
    expect(sent.map((s) => s.url)).toEqual(['/api/envelopes/42/scan']);
    expect(one.data.scan).toEqual({ id: 100, file_name: 'stored-0' });

    const none = await provider.update('envelopes', { id: 3, previousData: { id: 3 }, data: { id: 3, note: 'x' } });
    expect(sent).toHaveLength(1);
    expect(none.data).toEqual({ id: 3, note: 'x' });
  });

  it('passes resources without file fields straight through, sending nothing', async () => {
    const provider = withUploads(base, config);
    const params = { data: { last_name: 'Петрова', attachments: [pdf('x.pdf')] } };
    await provider.create('subjects', params);
    expect(base.create).toHaveBeenCalledWith('subjects', params);
    expect(sent).toEqual([]);
  });

  it('stops at the first refused file and says what was saved, with the server’s error localized', async () => {
    answer = (_url, index) =>
      index === 1
        ? json(400, {
            message: 'The file is not of an accepted type',
            code: 'unsupported_media_type',
            errors: { file: 'not accepted' },
            codes: { file: 'unsupported_media_type' },
          })
        : json(201, { id: 100 + index });
    const provider = withUploads(base, config);
    const error = await provider
      .create('letters', { data: { attachments: [pdf('1.pdf'), pdf('2.exe'), pdf('3.pdf')] } })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UploadAfterSaveError);
    const e = error as UploadAfterSaveError;
    expect(e.status).toBe(400);
    expect(e.message).toBe('pd.server_errors.unsupported_media_type');
    expect(e.saved).toEqual({ id: 42 });
    expect(e.uploaded).toEqual([{ id: 100 }]);
    expect(e.fileTitle).toBe('2.exe');
    expect(e.body).toMatchObject({ code: 'unsupported_media_type', saved: { id: 42 }, file: '2.exe' });
    expect(sent).toHaveLength(2);
  });

  it('goes through the app’s httpClient: a stale CSRF token is renewed from /api/auth/me and the file sent again', async () => {
    answer = (url, index) => {
      if (url === '/api/auth/me') return json(200, session('token-2'));
      return index === 0
        ? json(403, { message: 'Missing or wrong X-CSRF-Token header', code: 'csrf_failed' })
        : json(201, { id: 9 });
    };
    const provider = withUploads(base, config);
    const result = await provider.create('letters', { data: { attachments: [pdf('a.pdf')] } });
    expect(sent.map((s) => [s.url, s.headers.get('X-CSRF-Token')])).toEqual([
      ['/api/letters/42/attachments', 'token-1'],
      ['/api/auth/me', null],
      ['/api/letters/42/attachments', 'token-2'],
    ]);
    expect(sent[2].file?.name).toBe('a.pdf');
    expect(result.data.attachments).toEqual([{ id: 9 }]);
  });
});
