import crypto from 'node:crypto';
import { normalizeName } from '../shared/text.js';

/**
 * Searching letters by sender without storing the sender's name in clear: a blind index.
 *
 * The name is sealed under the letter's own key, so no query can look into it. Instead each word of the name as
 * written (lower case, ё folded into е: the subjects' search form) is stored as HMAC-SHA-256 under a key derived
 * from the master key, truncated to 128 bits; the search box's words are hashed the same way and must all be
 * there. So "Иванова", "иванова мария" or "Мария Иванова" find «Иванова Мария Петровна»; a part of a word
 * ("Иван") does not: a token per prefix would tell anyone with a copy of the database which letters share the first
 * letters of a name, and an exact surname is what a clerk holding the envelope types. Numbers are searched in clear
 * (the incoming number is not personal data).
 *
 * What it leaks: which letters share a word of the sender's name (equal tokens), nothing of the word itself without
 * the master key, which also decrypts everything else. The tokens are derived from personal data, so the
 * destruction of a letter deletes its rows (deleting its key does not make them noise, the HMAC key being shared).
 */
const INFO = 'pd-desk:letters:sender-search:v1';
const TOKEN_BYTES = 16;

/** The HMAC key of the blind index: HKDF-SHA-256 of the master key for this one use, so it opens nothing else. */
export function letterSearchKey(masterKey: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), INFO, 32));
}

/**
 * The words a name is found by: letters only (initials and punctuation dropped), at least two of them. A hyphenated
 * surname counts whole and by its parts, so «Воскресенская-Преображенская» is found by itself and by either half.
 * The SPA's copy (admin/letters/senderMatch.ts) must agree; tests/admin/letters.test.ts holds them together.
 */
export function nameWords(text: string): string[] {
  const words = normalizeName(text)
    .split(/[^\p{L}-]+/u)
    .flatMap((chunk) => {
      const whole = chunk.replace(/^-+|-+$/g, '');
      const parts = whole.split(/-+/);
      return parts.length > 1 ? [whole, ...parts] : parts;
    })
    .filter((w) => w.length >= 2);
  return [...new Set(words)];
}

/** The blind-index tokens of a text's words. */
export function searchTokens(key: Buffer, text: string): Buffer[] {
  return nameWords(text).map((w) =>
    crypto.createHmac('sha256', key).update(w, 'utf8').digest().subarray(0, TOKEN_BYTES),
  );
}
