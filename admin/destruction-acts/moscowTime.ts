// The act and its PDF state times on the clinic's clock (Moscow, UTC+3 all year), whatever the browser's time zone:
// a printed extract and the screen must show the same hour for the same entry.
const MOSCOW_OFFSET_MS = 3 * 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant → "07.03.2026 14:05:09" in Moscow time; anything unreadable as it came. */
export const formatMoscowTimestamp = (value: string | null | undefined): string => {
  if (!value) return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const moscow = new Date(instant.getTime() + MOSCOW_OFFSET_MS);
  return (
    `${pad(moscow.getUTCDate())}.${pad(moscow.getUTCMonth() + 1)}.${moscow.getUTCFullYear()} ` +
    `${pad(moscow.getUTCHours())}:${pad(moscow.getUTCMinutes())}:${pad(moscow.getUTCSeconds())}`
  );
};
