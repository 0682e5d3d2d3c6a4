import busboy from 'busboy';
import type { Request } from 'express';
import { AppError, badRequest } from '../shared/errors.js';

interface ReceivedFile {
  /** As the browser sent it: a claim, used only as the name to give the file back under. */
  fileName: string;
  content: Buffer;
}

const FILE_FIELD = 'file';

/**
 * Reads the one file of a multipart/form-data request (field `file`) into memory, at most maxBytes + 1 bytes of
 * it: busboy stops at that byte, and the request is answered 413 at once instead of after the client has sent it
 * all. The rest of the body is discarded unread (Node's request timeout bounds a client that keeps sending), so
 * the client can still read the answer on a kept-alive connection. Nothing is written anywhere here.
 */
export function receiveFile(req: Request, maxBytes: number): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send the raw UTF-8 of a name in filename="…"; busboy's default (latin1) would garble Cyrillic.
        defParamCharset: 'utf8',
        // One byte past the limit: busboy reports reaching its limit, and a file of exactly maxBytes is allowed.
        limits: { fileSize: maxBytes + 1, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
      });
    } catch {
      reject(missingFile('Expected a multipart/form-data body'));
      return;
    }

    let settled = false;
    let received: ReceivedFile | null = null;

    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      req.resume();
      reject(error);
    };

    parser.on('file', (field, stream, info) => {
      if (field !== FILE_FIELD) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        chunks.push(chunk);
        size += chunk.length;
      });
      stream.on('limit', () => {
        chunks.length = 0;
        fail(
          new AppError(413, `The file is larger than ${maxBytes} bytes`, 'payload_too_large', {
            errors: { [FILE_FIELD]: `At most ${maxBytes} bytes` },
            codes: { [FILE_FIELD]: 'too_big' },
          }),
        );
      });
      stream.on('end', () => {
        if (!settled && !stream.truncated)
          received = { fileName: info.filename ?? '', content: Buffer.concat(chunks, size) };
      });
    });
    parser.on('filesLimit', () =>
      fail(
        badRequest('Send one file per request', { [FILE_FIELD]: 'One file per request' }, { [FILE_FIELD]: 'too_big' }),
      ),
    );
    parser.on('error', () => fail(new AppError(400, 'Malformed multipart/form-data body', 'bad_request')));
    parser.on('close', () => {
      if (settled) return;
      if (!received) {
        fail(missingFile(`No file in field ${FILE_FIELD}`));
        return;
      }
      settled = true;
      resolve(received);
    });
    req.on('close', () => {
      if (!req.complete) fail(new AppError(400, 'The upload was interrupted', 'bad_request'));
    });
    req.pipe(parser);
  });
}

const missingFile = (message: string) =>
  badRequest(message, { [FILE_FIELD]: `Attach one file in field ${FILE_FIELD}` }, { [FILE_FIELD]: 'invalid_type' });
