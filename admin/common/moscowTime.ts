// The clinic's clock (Moscow, UTC+3 all year since 2014), whatever the browser's time zone: the law counts an
// incident's hours on it, and a printed act, a paper journal and the screen must show the same hour for one moment.
const MOSCOW_OFFSET_MS = 3 * 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant's fields as Moscow reads them, in the UTC getters of a shifted Date. */
const shifted = (value: string): Date | null => {
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : new Date(instant.getTime() + MOSCOW_OFFSET_MS);
};

/** An ISO instant → "07.03.2026 14:05" in Moscow time; anything unreadable as it came. */
export const formatMoscowMinute = (value: string | null | undefined): string => {
  if (!value) return '';
  const moscow = shifted(value);
  if (!moscow) return value;
  return (
    `${pad(moscow.getUTCDate())}.${pad(moscow.getUTCMonth() + 1)}.${moscow.getUTCFullYear()} ` +
    `${pad(moscow.getUTCHours())}:${pad(moscow.getUTCMinutes())}`
  );
};

/** An ISO instant → "07.03.2026 14:05:09" in Moscow time; anything unreadable as it came. */
export const formatMoscowTimestamp = (value: string | null | undefined): string => {
  if (!value) return '';
  const moscow = shifted(value);
  if (!moscow) return value;
  return `${formatMoscowMinute(value)}:${pad(moscow.getUTCSeconds())}`;
};

/**
 * An instant → the browser-local Date whose fields (day, hour, minute) are Moscow's at that instant: what a picker,
 * which knows only the browser's clock, must show so that the officer types Moscow time wherever the browser is.
 */
export const toMoscowWallClock = (instant: Date): Date => {
  const moscow = new Date(instant.getTime() + MOSCOW_OFFSET_MS);
  const wall = new Date(0);
  wall.setFullYear(moscow.getUTCFullYear(), moscow.getUTCMonth(), moscow.getUTCDate());
  wall.setHours(moscow.getUTCHours(), moscow.getUTCMinutes(), moscow.getUTCSeconds(), moscow.getUTCMilliseconds());
  return wall;
};

/** The inverse: a picker's local Date read as Moscow wall-clock time → the instant it names. */
export const fromMoscowWallClock = (wall: Date): Date =>
  new Date(
    Date.UTC(
      wall.getFullYear(),
      wall.getMonth(),
      wall.getDate(),
      wall.getHours(),
      wall.getMinutes(),
      wall.getSeconds(),
      wall.getMilliseconds(),
    ) - MOSCOW_OFFSET_MS,
  );
