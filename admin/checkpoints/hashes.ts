/** A hash or fingerprint cut to its first characters, enough to tell rows apart on screen. */
export const shortHash = (value: string | null | undefined, length = 12): string =>
  value ? `${value.slice(0, length)}…` : '';

/** The first 128 bits of a fingerprint in groups of four, as the server's short fingerprint. */
export const shortFingerprint = (fingerprint: string): string =>
  (fingerprint.slice(0, 32).match(/.{4}/g) ?? []).join(' ');
