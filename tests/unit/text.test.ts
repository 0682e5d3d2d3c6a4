import fc from 'fast-check';
import { expect, it } from 'vitest';
import { ageOn, normalizeName } from '../../server/shared/text.js';

it('normalizes names exactly as Russian-locale lower-casing would, ё folded into е', () => {
  const letters = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяABCXYZabcxyzÀÉÎİ -\'';
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...letters.split('')), { maxLength: 30 }).map((c) => c.join('')), (name) => {
      const byLocale = name.trim().toLocaleLowerCase('ru-RU').replace(/ё/g, 'е').replace(/\s+/g, ' ');
      expect(normalizeName(name)).toBe(byLocale);
    }),
    { numRuns: 2_000 },
  );
  expect(normalizeName('  Ёлкина   Анна ')).toBe('елкина анна');
});

it('counts age on the clinic\'s (Moscow) calendar day, not the UTC one', () => {
  // 21:30 UTC on 11 April is already 00:30 on 12 April in Moscow: the birthday has come.
  expect(ageOn('1985-04-12', new Date('2026-04-11T20:59:00Z'))).toBe(40);
  expect(ageOn('1985-04-12', new Date('2026-04-11T21:30:00Z'))).toBe(41);
  expect(ageOn('1985-04-12', new Date('2026-12-31T21:00:00Z'))).toBe(41); // 1 January 2027 in Moscow
  expect(ageOn('2000-02-29', new Date('2026-02-28T12:00:00Z'))).toBe(25);
  expect(ageOn('2000-02-29', new Date('2026-03-01T12:00:00Z'))).toBe(26);
  expect(ageOn(null, new Date())).toBeNull();
});
