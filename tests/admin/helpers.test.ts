import fc from 'fast-check';
import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { formatDate, formatIp, formatPhone, isNormalizedPhone, normalizePhone } from '../../admin/common/format.js';
import { toUpdateBody } from '../../admin/subjects/subjectPayload.js';
import { localizeHttpError } from '../../admin/providers/serverErrors.js';
import { normalizePhone as serverNormalizePhone } from '../../server/shared/phone.js';

// The SPA's pure helpers, run in Node: what the browser flows exercise only on a few inputs.

const phoneLike = fc
  .array(fc.constantFrom(...'0123456789 ()-+.'.split(''), '7', '8', '9'), { minLength: 0, maxLength: 18 })
  .map((chars) => chars.join(''));
const written = fc
  .tuple(fc.constantFrom('+7', '8', '7', ''), fc.stringMatching(/^[3-9]\d{9}$/), fc.constantFrom(' ', '', '-'))
  .map(
    ([prefix, national, sep]) =>
      `${prefix}${sep}(${national.slice(0, 3)})${sep}${national.slice(3, 6)}-${national.slice(6, 8)}-${national.slice(8)}`,
  );

describe('phone normalization in the form', () => {
  it('gives the server’s value for every number the server accepts', () => {
    fc.assert(
      fc.property(fc.oneof(phoneLike, written), (input) => {
        const server = serverNormalizePhone(input);
        if (server !== null) expect(normalizePhone(input)).toBe(server);
      }),
      { numRuns: 2_000 },
    );
  });

  it('sends only values the server keeps unchanged, or ones it will refuse by name', () => {
    fc.assert(
      fc.property(fc.oneof(phoneLike, written), (input) => {
        const sent = normalizePhone(input);
        if (sent === null || !isNormalizedPhone(sent)) return;
        const stored = serverNormalizePhone(sent);
        expect(stored === sent || stored === null).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('shows a stored phone and date the Russian way', () => {
    expect(formatPhone('+79161234567')).toBe('+7 (916) 123-45-67');
    expect(formatPhone('12345')).toBe('12345');
    expect(formatDate('1990-03-07')).toBe('07.03.1990');
    expect(formatDate(null)).toBe('');
  });

  it('shows an IPv4 client stored as IPv4-mapped IPv6 as plain IPv4, and real IPv6 as it is', () => {
    expect(formatIp('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(formatIp('203.0.113.7')).toBe('203.0.113.7');
    expect(formatIp('2001:db8::1')).toBe('2001:db8::1');
    expect(formatIp(null)).toBe('');
  });
});

describe('correction payload', () => {
  it('trims, turns empty strings into null, and sends medical information only when typed', () => {
    const body = toUpdateBody({
      last_name: ' Петрова ',
      first_name: 'Мария',
      patronymic: '',
      phone: '8 (916) 123-45-67',
      email: '  ',
      version: 3,
      correction_reason: ' Письмо ',
      medical_info: '   ',
      status: 'active',
      id: 5,
    });
    expect(body).toEqual({
      last_name: 'Петрова',
      first_name: 'Мария',
      patronymic: null,
      sex: null,
      birth_date: null,
      phone: '+79161234567',
      email: null,
      legal_rep_name: null,
      legal_rep_basis: null,
      version: 3,
      correction_reason: 'Письмо',
    });
  });
});

describe('server errors in the UI', () => {
  it('turns known codes into i18n keys and keeps unknown ones as the server wrote them', () => {
    const error = localizeHttpError(
      new HttpError('The record was changed by someone else', 409, {
        code: 'version_conflict',
        errors: { phone: 'Not a Russian number', note: 'Odd', email: 'Bad e-mail' },
        codes: { phone: 'phone_invalid', note: 'no_such_code', email: 'invalid_format' },
      }),
    ) as HttpError;
    expect(error.message).toBe('pd.server_errors.version_conflict');
    expect(error.body.errors.note).toBe('Odd');
    expect(error.body.errors.phone).toBe('pd.server_field_errors.phone_invalid');
    expect(error.body.errors.email).toBe('pd.server_field_errors.fields.email.invalid_format');
    expect(error.body.serverMessage).toBe('The record was changed by someone else');
    const unknown = localizeHttpError(new HttpError('Something new', 400, { code: 'brand_new_code' })) as HttpError;
    expect(unknown.message).toBe('Something new');
  });
});
