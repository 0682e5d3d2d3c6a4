// Checkpoints are read against a paper journal kept on the clinic's clock (Moscow, UTC+3 all year), whatever the
// browser's time zone.
const MOSCOW_OFFSET_MS = 3 * 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant → "07.03.2026 14:05" in Moscow time; anything unreadable as it came. */
export const formatMoscowMinute = (value: string | null | undefined): string => {
  if (!value) return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const moscow = new Date(instant.getTime() + MOSCOW_OFFSET_MS);
  return (
    `${pad(moscow.getUTCDate())}.${pad(moscow.getUTCMonth() + 1)}.${moscow.getUTCFullYear()} ` +
    `${pad(moscow.getUTCHours())}:${pad(moscow.getUTCMinutes())}`
  );
};

/** A hash or fingerprint cut to its first characters, enough to tell rows apart on screen. */
export const shortHash = (value: string | null | undefined, length = 12): string =>
  value ? `${value.slice(0, length)}…` : '';

/** The first 128 bits of a fingerprint in groups of four, as the server's short fingerprint. */
export const shortFingerprint = (fingerprint: string): string =>
  (fingerprint.slice(0, 32).match(/.{4}/g) ?? []).join(' ');
