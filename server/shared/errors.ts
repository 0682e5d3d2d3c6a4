import type { ErrorCode } from '../contract/index.js';

/**
 * The one error model: services and routes throw AppError; server/http/errorHandler.ts turns it into JSON.
 * It lives outside server/http/ so that services raise it without depending on HTTP.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ErrorCode,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, errors: Record<string, string> = {}, codes: Record<string, string> = {}) =>
  new AppError(400, message, 'validation_failed', { errors, codes });
export const unauthorized = (message = 'Authentication required') => new AppError(401, message, 'unauthenticated');
export const forbidden = (message = 'Your role may not do this', code: ErrorCode = 'forbidden') =>
  new AppError(403, message, code);
export const notFound = (what: string) => new AppError(404, `${what} not found`, 'not_found');
export const methodNotAllowed = (message: string) => new AppError(405, message, 'method_not_allowed');
export const conflict = (message: string, code: ErrorCode, extra: Record<string, unknown> = {}) =>
  new AppError(409, message, code, extra);
export const unprocessable = (message: string, code: ErrorCode) => new AppError(422, message, code);
export const tooManyRequests = (message: string) => new AppError(429, message, 'too_many_requests');
