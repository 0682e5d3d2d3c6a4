import { fakerRU as faker } from '@faker-js/faker';
import type { Services } from '../services.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { Role } from '../contract/index.js';
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
/** The seed moves this clock to date the history it writes; null means "now". */
export interface DemoClock {
  at: Date | null;
}

export async function seedDemo(services: Services, clock: DemoClock, subjects = 300): Promise<boolean> {
  const ctx: RequestContext = { actor: { id: null, login: 'demo-seed', role: 'system' }, requestId: null, ip: null };
  if (findStaffByLogin(services.db, 'operator') || countActiveAdmins(services.db) > 0) return false;
  const staff = [];
  for (const account of DEMO_ACCOUNTS) staff.push((await services.staff.create(ctx, account)).record);
  const operator = staff.find((s) => s.role === 'operator')!;

  await seedDocuments(services, ctx);
  faker.seed(20261125);
  for (let i = 0; i < subjects; i++) {
    const sex = faker.helpers.arrayElement(['male', 'female'] as const);
    const birth = faker.date.birthdate({ mode: 'age', min: 1, max: 90 });
    const minor = new Date().getFullYear() - birth.getFullYear() < 18;
    const last = faker.person.lastName(sex);
    await services.subjects.create(ctx, {
      last_name: last,
      first_name: faker.person.firstName(sex),
      patronymic: faker.helpers.maybe(() => faker.person.middleName(sex), { probability: 0.9 }) ?? null,
      sex,
      birth_date: birth.toISOString().slice(0, 10),
      phone: faker.helpers.maybe(phone, { probability: 0.95 }) ?? null,
      email: faker.helpers.maybe(() => faker.internet.email().toLowerCase(), { probability: 0.7 }) ?? null,
      legal_rep_name: minor
        ? `${faker.person.lastName('female')} ${faker.person.firstName('female')} ${faker.person.middleName('female')}`
        : null,
      legal_rep_basis: minor
        ? `Свидетельство о рождении ${faker.string.alpha({ length: 2, casing: 'upper' })} № ${faker.string.numeric(6)}`
        : null,
      medical_info: faker.helpers.maybe(() => faker.helpers.arrayElement(MEDICAL_NOTES), { probability: 0.4 }) ?? null,
    });
  }
  await seedHistory(services, clock, {
    actor: { id: operator.id, login: operator.login, role: 'operator' },
    requestId: null,
    ip: null,
  });
  await seedSubmissions(services, 24);
  return true;
}

// Short texts written for the demo; the clinic's real policy is not reproduced here.
const DEMO_POLICY = (
  edition: string,
  extra: string,
) => `# Политика конфиденциальности ООО «Натамед» (демо-редакция ${edition})

Оператор: ООО «Натамед», 125047, г. Москва, ул. Фадеева, д. 7, стр. 1.

Мы обрабатываем фамилию, имя, отчество, пол, дату рождения, телефон, электронную почту и сведения,
которые вы сообщаете при записи на приём, заказе обратного звонка, в чате и на онлайн-консультации.
Каждое действие с вашими данными выполняет сотрудник клиники. ${extra}

Отозвать согласие можно письмом по адресу оператора.`;

const DEMO_FORMS = [
  { purpose: 'medical_services', title: 'Согласие на обработку персональных данных для оказания медицинских услуг' },
  { purpose: 'marketing', title: 'Согласие на получение информации об акциях и специальных предложениях' },
  { purpose: 'health_data', title: 'Согласие на обработку сведений о состоянии здоровья' },
] as const;

async function seedDocuments(services: Services, ctx: RequestContext): Promise<void> {
  const editions = [
    { version: '2025-03', effective: '2025-03-01', extra: '' },
    { version: '2025-09', effective: '2025-09-01', extra: 'С 01.09.2025 согласие оформляется отдельным документом.' },
  ];
  for (const e of editions) {
    const policy = await services.policies.create(ctx, {
      version: e.version,
      text: DEMO_POLICY(e.version, e.extra),
      effective_from: e.effective,
    });
    await services.policies.publish(ctx, policy.id);
  }
  for (const f of DEMO_FORMS) {
    const form = await services.consentForms.create(ctx, {
      purpose: f.purpose,
      title: f.title,
      version: '2025-09',
      effective_from: '2025-09-01',
      text: `# ${f.title}\n\nЯ, действуя свободно, своей волей и в своём интересе, даю ООО «Натамед» согласие (демо-текст, цель: ${f.purpose}). Согласие действует до его отзыва письмом по адресу оператора.`,
    });
    await services.consentForms.publish(ctx, form.id);
  }
}

/**
 * Six months of decided submissions, dated by the demo clock, so the statistics and its chart have
 * something to show: most became subjects, some were rejected as spam or tests.
 */
async function seedHistory(services: Services, clock: DemoClock, operator: RequestContext): Promise<void> {
  const now = Date.now();
  for (let monthsAgo = 6; monthsAgo >= 1; monthsAgo--) {
    const perMonth = faker.number.int({ min: 25, max: 45 });
    for (let i = 0; i < perMonth; i++) {
      clock.at = new Date(now - monthsAgo * 30 * 86_400_000 + faker.number.int({ min: 0, max: 29 * 86_400_000 }));
      await seedSubmissions(services, 1);
      const id = services.review.list({ sortField: 'id', sortOrder: 'DESC', offset: 0, limit: 1, filter: {} }).rows[0]
        .id;
      if (i % 6 === 5)
        await services.review.reject(operator, id, {
          category: faker.helpers.arrayElement(['spam', 'test']),
          reason: 'Демо: тестовая заявка',
        });
      else await services.review.createSubject(operator, id);
    }
  }
  clock.at = null;
}

/** A queue to review: website submissions, some of them from people already known to the clinic. */
async function seedSubmissions(services: Services, count: number): Promise<void> {
  const policy = services.policies.current()!;
  const processing = services.consentForms.current('medical_services')!;
  const marketing = services.consentForms.current('marketing')!;
  const known = services.subjects.list({ sortField: 'id', sortOrder: 'ASC', offset: 0, limit: 10, filter: {} }).rows;
  const website = { actor: { id: null, login: 'website', role: 'public' }, requestId: null, ip: '203.0.113.10' };
  for (let i = 0; i < count; i++) {
    const repeat = i % 4 === 0 ? known[i % known.length] : null;
    const sex = repeat?.sex ?? faker.helpers.arrayElement(['male', 'female'] as const);
    await services.intake.receive(
      website,
      {
        service: faker.helpers.arrayElement(['appointment', 'callback', 'chat', 'consultation'] as const),
        lastName: repeat?.last_name ?? faker.person.lastName(sex),
        firstName: repeat?.first_name ?? faker.person.firstName(sex),
        patronymic: repeat?.patronymic ?? faker.person.middleName(sex),
        birthDate:
          repeat?.birth_date ?? faker.date.birthdate({ mode: 'age', min: 18, max: 80 }).toISOString().slice(0, 10),
        sex,
        phone: phone(),
        email: repeat?.email ?? null,
        message: faker.helpers.arrayElement([
          'Хочу записаться к терапевту',
          'Перезвоните, пожалуйста, после 18:00',
          'Нужна консультация кардиолога',
          null,
        ]),
        preferredTime: null,
        policyVersionId: policy.id,
        consents: [
          { formId: processing.id, accepted: true },
          ...(i % 3 === 0 ? [{ formId: marketing.id, accepted: true }] : []),
        ],
      },
      'Mozilla/5.0 (demo)',
    );
  }
}
