import { expect, it } from 'vitest';
import { keepTogether, signatureName, surnameAndInitials } from '../../server/printing/typography.js';

it('signs with the initials before the surname, never split across lines', () => {
  expect(signatureName('Васильев Игорь Николаевич')).toBe('И.\u00a0Н.\u00a0Васильев');
  expect(signatureName('  Кузнецова  Анна ')).toBe('А.\u00a0Кузнецова');
  expect(signatureName('Воскресенская-Преображенская Анна-Мария Олеговна')).toBe(
    'А.\u00a0О.\u00a0Воскресенская-Преображенская',
  );
  // Not a person's name of two or three words: as written.
  expect(signatureName('Мадонна')).toBe('Мадонна');
  expect(signatureName('Абу Али ибн Сина Хусейн')).toBe('Абу Али ибн Сина Хусейн');
});

it('keeps «№» and short abbreviations with what they name', () => {
  expect(keepTogether('вх. № ВХ-2026-00001, ст. 14, г. Москва')).toBe(
    'вх. №\u00a0ВХ-2026-00001, ст.\u00a014, г.\u00a0Москва',
  );
});

it('names the executor by surname and initials', () => {
  expect(surnameAndInitials('Кузнецов Андрей Павлович')).toBe('Кузнецов\u00a0А.\u00a0П.');
  expect(surnameAndInitials('Администратор')).toBe('Администратор');
});
