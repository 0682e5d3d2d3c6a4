import { ru } from '@faker-js/faker';
import type { SubjectFields } from '../../server/contract/index.js';
import type { Rng } from '../random.js';

// Faker's Russian name lists, sampled directly: calling faker per row would dominate a million-row build.
const person = (ru as unknown as { person: Record<string, Record<'male' | 'female', string[]>> }).person;
const LAST = person.last_name;
const FIRST = person.first_name;
const MIDDLE = person.middle_name;

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const MAIL_HOSTS = ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'list.ru', 'inbox.ru'];

export const MEDICAL_NOTES = [
  'Аллергия на пенициллин.',
  'Гипертоническая болезнь II ст., принимает эналаприл.',
  'Сахарный диабет 2 типа, метформин 1000 мг.',
  'Бронхиальная астма, лёгкое течение.',
  'Состояние после аппендэктомии (2019).',
  'Хронический гастрит, ремиссия.',
];

function translit(text: string): string {
  return [...text.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join('');
}

export function randomPhone(rng: Rng): string {
  return `+79${rng.digits(9)}`;
}

/** One fake person as the subjects service would store it (already normalized: phone +7…, e-mail lower-case). */
export function randomPerson(rng: Rng, today: Date): SubjectFields {
  const sex = rng.chance(0.5) ? 'male' : 'female';
  const last = rng.pick(LAST[sex]);
  const first = rng.pick(FIRST[sex]);
  const year = rng.int(1935, today.getUTCFullYear() - 1);
  const birth = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const minor = today.getUTCFullYear() - year < 18;
  return {
    last_name: last,
    first_name: first,
    patronymic: rng.chance(0.9) ? rng.pick(MIDDLE[sex]) : null,
    sex,
    birth_date: birth,
    phone: rng.chance(0.95) ? randomPhone(rng) : null,
    email: rng.chance(0.6) ? `${translit(last)}.${translit(first)}${rng.int(1, 9999)}@${rng.pick(MAIL_HOSTS)}` : null,
    legal_rep_name: minor ? `${rng.pick(LAST.female)} ${rng.pick(FIRST.female)} ${rng.pick(MIDDLE.female)}` : null,
    legal_rep_basis: minor ? `Свидетельство о рождении ${rng.int(1, 9)}-РУ № ${rng.digits(6)}` : null,
  };
}
