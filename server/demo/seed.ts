import { fakerRU as faker } from '@faker-js/faker';
import type { Services } from '../services.js';
import type { RequestContext } from '../audit/auditWriter.js';
import type { Role } from '../auth/permissions.js';
import { countActiveAdmins, findStaffByLogin } from '../staff/staff.repo.js';

/** Demo-only accounts; the README lists them. Never use these on real data. */
export const DEMO_ACCOUNTS: { login: string; full_name: string; role: Role; password: string }[] = [
  { login: 'admin', full_name: 'Смирнова Елена Викторовна', role: 'admin', password: 'demo-admin-2026' },
  { login: 'operator', full_name: 'Кузнецов Андрей Павлович', role: 'operator', password: 'demo-operator-2026' },
  { login: 'compliance', full_name: 'Орлова Наталья Сергеевна', role: 'compliance', password: 'demo-compliance-2026' },
];

const MEDICAL_NOTES = [
  'Аллергия на пенициллин.',
  'Гипертоническая болезнь II ст., принимает эналаприл.',
  'Сахарный диабет 2 типа, метформин 1000 мг.',
  'Бронхиальная астма, лёгкое течение.',
  'Состояние после аппендэктомии (2019).',
  'Хронический гастрит, ремиссия.',
];

function phone(): string {
  return `+79${faker.string.numeric(9)}`;
}

/** Fills an empty demo database: the three demo accounts and `subjects` realistic fake people. */
export async function seedDemo(services: Services, subjects = 300): Promise<boolean> {
  const ctx: RequestContext = { actor: { id: null, login: 'demo-seed', role: 'system' }, requestId: null, ip: null };
  if (findStaffByLogin(services.db, 'operator') || countActiveAdmins(services.db) > 0) return false;
  for (const account of DEMO_ACCOUNTS) await services.staff.create(ctx, account);

  faker.seed(20261125);
  for (let i = 0; i < subjects; i++) {
    const sex = faker.helpers.arrayElement(['male', 'female'] as const);
    const birth = faker.date.birthdate({ mode: 'age', min: 1, max: 90 });
    const minor = new Date().getFullYear() - birth.getFullYear() < 18;
    const last = faker.person.lastName(sex);
    services.subjects.create(ctx, {
      last_name: last,
      first_name: faker.person.firstName(sex),
      patronymic: faker.helpers.maybe(() => faker.person.middleName(sex), { probability: 0.9 }) ?? null,
      sex,
      birth_date: birth.toISOString().slice(0, 10),
      phone: faker.helpers.maybe(phone, { probability: 0.95 }) ?? null,
      email: faker.helpers.maybe(() => faker.internet.email().toLowerCase(), { probability: 0.7 }) ?? null,
      legal_rep_name: minor ? `${faker.person.lastName('female')} ${faker.person.firstName('female')} ${faker.person.middleName('female')}` : null,
      legal_rep_basis: minor ? `Свидетельство о рождении ${faker.string.alpha({ length: 2, casing: 'upper' })} № ${faker.string.numeric(6)}` : null,
      medical_info: faker.helpers.maybe(() => faker.helpers.arrayElement(MEDICAL_NOTES), { probability: 0.4 }) ?? null,
    });
  }
  return true;
}
