// Limits both sides enforce: the SPA to help before sending, the server because it decides.

/** A reason (for a correction, a reveal of medical information, a withdrawal basis) has at least this many characters. */
export const MIN_REASON_LENGTH = 3;

/** The largest file one upload may carry (the server answers 413 past it, without reading further). */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** The file types an upload may be, as detected from its bytes: scans and photos of letters and documents. */
export const UPLOAD_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** A letter's day of receipt is not before this day (the register starts with the clinic's records of 2020). */
export const LETTER_EARLIEST_RECEIVED_ON = '2020-01-01';
