import fc from 'fast-check';
import { expect, it } from 'vitest';
import { normalizeName } from '../../server/shared/text.js';

it('normalizes names exactly as Russian-locale lower-casing would, ё folded into е', () => {
  const letters = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяABCXYZabcxyzÀÉÎİ -'";
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...letters.split('')), { maxLength: 30 }).map((c) => c.join('')),
      (name) => {
        const byLocale = name.trim().toLocaleLowerCase('ru-RU').replace(/ё/g, 'е').replace(/\s+/g, ' ');
        expect(normalizeName(name)).toBe(byLocale);
      },
    ),
    { numRuns: 2_000 },
  );
  expect(normalizeName('  Ёлкина   Анна ')).toBe('елкина анна');
});
