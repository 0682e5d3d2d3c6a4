import { TAKEABLE_FIELDS, type MatchedSubject, type TakeableField } from '../types';

// The server's comparison of a sender with a subject (server/letters/letters.service.ts, matches): the words of the
// name as written, in lower case with ё folded into е, against each part of the subject's name. The SPA makes the
// same one for a subject found by search, which the server did not suggest.

const normalize = (value: string) => value.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/** The words a name is found by: letters only, at least two; a hyphenated surname whole and by its parts. */
const nameWords = (text: string): string[] =>
  normalize(text)
    .split(/[^\p{L}-]+/u)
    .flatMap((chunk) => {
      const whole = chunk.replace(/^-+|-+$/g, '');
      const parts = whole.split(/-+/);
      return parts.length > 1 ? [whole, ...parts] : parts;
    })
    .filter((word) => word.length >= 2);

export const NAME_FIELDS = ['last_name', 'first_name', 'patronymic'] as const satisfies readonly TakeableField[];

/** For each part of the subject's name, the word of the sender's name that agrees with it (as the sender wrote it). */
export const senderNameMatches = (
  senderName: string | null,
  subject: MatchedSubject,
): Partial<Record<TakeableField, string>> => {
  if (!senderName) return {};
  const written = senderName.split(/[^\p{L}-]+/u).filter(Boolean);
  const words = new Set(nameWords(senderName));
  const found: Partial<Record<TakeableField, string>> = {};
  for (const field of NAME_FIELDS) {
    const value = subject[field];
    if (!value || !words.has(normalize(value))) continue;
    found[field] = written.find((word) => normalize(word) === normalize(value)) ?? value;
  }
  return found;
};

/** The fields to tick first with the `matching_fields` method: the name parts that agree, in the contract's order. */
export const matchedFieldsOf = (senderName: string | null, subject: MatchedSubject): TakeableField[] => {
  const found = senderNameMatches(senderName, subject);
  return TAKEABLE_FIELDS.filter((field) => found[field] !== undefined);
};
