import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError } from '../shared/errors.js';

/** The one error handler: AppError → its status and JSON; anything else → a bare 500, logged, never leaked. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) {
      // A stream (a CSV export, a file) failed after its first bytes: the status is gone, so the client must see a
      // cut connection, never an answer that looks complete.
      logger.error({ err, requestId: res.locals.requestId, path: req.path }, 'failed after the answer began');
      res.destroy();
      return;
    }
    if (err instanceof AppError) {
      res.status(err.status).json({ message: err.message, code: err.code, ...err.extra });
      return;
    }
    const status =
      typeof err?.status === 'number' ? err.status : typeof err?.statusCode === 'number' ? err.statusCode : 500;
    if (err?.type === 'entity.too.large') {
      res.status(413).json({ message: 'Request body too large', code: 'payload_too_large' });
      return;
    }
    if (err?.type === 'entity.parse.failed') {
      res.status(400).json({ message: 'Malformed JSON body', code: 'malformed_json', errors: {} });
      return;
    }
    if (status >= 400 && status < 500) {
      res.status(status).json({ message: 'Bad request', code: 'bad_request' });
      return;
    }
    logger.error({ err, requestId: res.locals.requestId, path: req.path }, 'unhandled error');
    res.status(500).json({ message: 'Internal server error', code: 'internal' });
  };
}
