// Limits both sides enforce: the SPA to help before sending, the server because it decides.

/** A reason (for a correction, a reveal of medical information, a withdrawal basis) has at least this many characters. */
export const MIN_REASON_LENGTH = 3;
