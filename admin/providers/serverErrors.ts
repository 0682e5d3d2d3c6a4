// The server answers errors in English with stable codes ({message, code, errors, codes});
// the UI shows them in its own language. Known codes become i18n keys, which react-admin
// translates wherever it shows an error (notifications, helper text under an input).
// Unknown codes keep the server's text.
import { HttpError } from 'react-admin';
import { ruApp } from '../i18n/ru';

const notificationKeys: Record<string, string> = ruApp.pd.server_errors;
const fieldKeys: Record<string, unknown> = ruApp.pd.server_field_errors;
const fieldSpecificKeys: Record<string, Record<string, string>> = ruApp.pd.server_field_errors.fields;

export const localizeHttpError = (error: unknown): unknown => {
  if (!(error instanceof HttpError) || !error.body || typeof error.body !== 'object') return error;
  const body = error.body as { code?: unknown; errors?: unknown; codes?: unknown };
  const code = typeof body.code === 'string' ? body.code : undefined;
  const message = code && code in notificationKeys ? `pd.server_errors.${code}` : error.message;
  const errors = localizeFieldErrors(body.errors, body.codes);
  return new HttpError(message, error.status, { ...body, ...(errors ? { errors } : {}), serverMessage: error.message });
};

const localizeFieldErrors = (errors: unknown, codes: unknown): Record<string, string> | undefined => {
  if (!errors || typeof errors !== 'object') return undefined;
  const codeOf = (codes && typeof codes === 'object' ? codes : {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(errors as Record<string, unknown>).map(([field, text]) => {
      const code = codeOf[field];
      if (typeof code === 'string') {
        if (fieldSpecificKeys[field]?.[code]) return [field, `pd.server_field_errors.fields.${field}.${code}`];
        if (code !== 'fields' && typeof fieldKeys[code] === 'string') return [field, `pd.server_field_errors.${code}`];
      }
      return [field, String(text)];
    }),
  );
};
