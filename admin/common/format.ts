// Display formats of the clinic: dates DD.MM.YYYY, timestamps DD.MM.YYYY HH:mm:ss in the
// browser's time zone, phones +7 (XXX) XXX-XX-XX.

const pad = (n: number) => String(n).padStart(2, '0');

/** "1990-03-07" → "07.03.1990" without going through a time zone. */
export const formatDate = (value: string | null | undefined): string => {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) return `${match[3]}.${match[2]}.${match[1]}`;
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
};

/** An ISO instant → "07.03.2025 14:05:09" in local time. */
export const formatTimestamp = (value: string | null | undefined): string => {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return (
    `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
};

/** "+79161234567" → "+7 (916) 123-45-67"; anything else is shown as stored. */
export const formatPhone = (value: string | null | undefined): string => {
  if (!value) return '';
  const match = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(value);
  return match ? `+7 (${match[1]}) ${match[2]}-${match[3]}-${match[4]}` : value;
};

/**
 * What a person types ("8 916 123-45-67", "+7 (916) 1234567", "9161234567") → "+79161234567".
 * Returns the input trimmed when it is not a Russian number, so validation can reject it.
 */
export const normalizePhone = (value: string | null | undefined): string | null => {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/[^\d\s()+-]/.test(trimmed)) return trimmed;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length === 10) return `+7${digits}`;
  if (digits.length === 11 && (digits[0] === '7' || digits[0] === '8')) return `+7${digits.slice(1)}`;
  return trimmed;
};

export const isNormalizedPhone = (value: string | null): boolean => value == null || /^\+7\d{10}$/.test(value);

// The clinic works on Moscow time, UTC+3 all year: the server's server/shared/clinicDate.ts (which the SPA may not
// import) counts "today" the same way.
const CLINIC_OFFSET_MS = 3 * 3_600_000;

/** Today in the clinic (Moscow) as YYYY-MM-DD, as the server has it, whatever the browser's time zone. */
export const todayIso = (): string => new Date(Date.now() + CLINIC_OFFSET_MS).toISOString().slice(0, 10);

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket, as entries written before 12.2026 hold it) → "192.0.2.1". */
export const formatIp = (value: string | null | undefined): string =>
  value ? value.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, '$1') : '';
