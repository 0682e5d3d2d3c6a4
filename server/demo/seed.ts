import { fakerRU as faker } from '@faker-js/faker';
import type { Services } from '../services.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { LetterKind, Purpose, ReplyKind, Role, Staff, Subject } from '../contract/index.js';
import { countActiveAdmins, findStaffByLogin } from '../staff/staff.repo.js';
import { clinicDay } from '../shared/clinicDate.js';
import { PERSONAL_FIELDS } from '../subjects/subjects.schema.js';
import { seedDestructions } from './seedDestructions.js';
import { seedIncidents } from './seedIncidents.js';

/** Demo-only accounts; the README lists them. Never use these on real data. */
export const DEMO_ACCOUNTS: { login: string; full_name: string; position: string; role: Role; password: string }[] = [
  {
    login: 'admin',
    full_name: 'Смирнова Елена Викторовна',
    position: 'Системный администратор',
    role: 'admin',
    password: 'demo-admin-2026',
  },
  {
    login: 'operator',
    full_name: 'Кузнецов Андрей Павлович',
    position: 'Медицинский регистратор',
    role: 'operator',
    password: 'demo-operator-2026',
  },
  {
    login: 'operator2',
    full_name: 'Белова Ирина Олеговна',
    position: 'Администратор регистратуры',
    role: 'operator',
    password: 'demo-operator2-2026',
  },
  {
    login: 'compliance',
    full_name: 'Орлова Наталья Сергеевна',
    position: 'Ответственный за организацию обработки персональных данных',
    role: 'compliance',
    password: 'demo-compliance-2026',
  },
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
  const officer = staff.find((s) => s.role === 'compliance')!;
  await seedSettings(services, ctx, officer);

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
  const colleague = staff.find((s) => s.role === 'operator' && s.id !== operator.id)!;
  await seedLetters(
    services,
    clock,
    { actor: { id: operator.id, login: operator.login, role: 'operator' }, requestId: null, ip: null },
    colleague.id,
  );
  const officerCtx: RequestContext = {
    actor: { id: officer.id, login: officer.login, role: 'compliance' },
    requestId: null,
    ip: null,
  };
  await seedDisclosures(
    services,
    clock,
    { actor: { id: operator.id, login: operator.login, role: 'operator' }, requestId: null, ip: null },
    officerCtx,
  );
  await seedDestructions(
    services,
    clock,
    { actor: { id: operator.id, login: operator.login, role: 'operator' }, requestId: null, ip: null },
    officerCtx,
  );
  await seedIncidents(services, clock, officerCtx);
  return true;
}

/** The demo's responsible person is the compliance account; the signer is a made-up head physician. */
async function seedSettings(services: Services, ctx: RequestContext, officer: Staff): Promise<void> {
  const current = services.settings.current();
  await services.settings.update(ctx, {
    ...current,
    responsible_name: officer.full_name,
    responsible_position: officer.position ?? '',
    signer_name: 'Васильев Игорь Николаевич',
    signer_position: 'Главный врач',
  });
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
      // New people: the queue's repeats of known patients come from the last call, not from the history.
      await seedSubmissions(services, 1, false);
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
async function seedSubmissions(services: Services, count: number, repeats = true): Promise<void> {
  const policy = services.policies.current()!;
  const processing = services.consentForms.current('medical_services')!;
  const marketing = services.consentForms.current('marketing')!;
  const known = services.subjects.list({ sortField: 'id', sortOrder: 'ASC', offset: 0, limit: 10, filter: {} }).rows;
  const website = { actor: { id: null, login: 'website', role: 'public' }, requestId: null, ip: '203.0.113.10' };
  for (let i = 0; i < count; i++) {
    const repeat = repeats && i % 4 === 0 ? known[i % known.length] : null;
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

/** One demo letter: received `daysAgo` calendar days before today, then taken through `steps` on later days. */
interface DemoLetter {
  kind: LetterKind;
  daysAgo: number;
  steps: DemoStep[];
  purposes?: Purpose[];
  /** A scanned page attached on the day of receipt. */
  scan?: boolean;
  /** Sent by nobody the clinic knows (a rejected advertisement). */
  stranger?: boolean;
}

type DemoStep =
  | { do: 'identify'; daysAgo: number }
  | { do: 'request_details'; daysAgo: number }
  | { do: 'extend'; daysAgo: number }
  | { do: 'reject'; daysAgo: number }
  | { do: 'correct_and_unblock'; daysAgo: number }
  | { do: 'answer'; daysAgo: number }
  | { do: 'draft_reply'; daysAgo: number }
  | { do: 'close'; daysAgo: number };

// A dozen letters in every state, dated back from today so that, on whatever day the demo is started, some terms are
// comfortably open, some due within days and some already overdue (the dashboard's amber and red).
const DEMO_LETTERS: DemoLetter[] = [
  // Withdrawals: 30 calendar days to destroy; one overdue, one due within days, one naming only the mailings.
  {
    kind: 'withdrawal',
    daysAgo: 33,
    steps: [
      { do: 'identify', daysAgo: 31 },
      { do: 'draft_reply', daysAgo: 30 },
    ],
    scan: true,
  },
  { kind: 'withdrawal', daysAgo: 27, steps: [{ do: 'identify', daysAgo: 26 }] },
  {
    kind: 'withdrawal',
    daysAgo: 12,
    purposes: ['marketing'],
    steps: [
      { do: 'identify', daysAgo: 11 },
      { do: 'answer', daysAgo: 10 },
      { do: 'close', daysAgo: 9 },
    ],
  },
  // Access requests: 10 working days (+5 once).
  { kind: 'access', daysAgo: 13, steps: [] },
  {
    kind: 'access',
    daysAgo: 18,
    steps: [
      { do: 'identify', daysAgo: 16 },
      { do: 'extend', daysAgo: 15 },
    ],
  },
  {
    kind: 'access',
    daysAgo: 25,
    // Answered a day late (the outgoing numbers follow the days they were sent: this one after the withdrawal's).
    steps: [
      { do: 'identify', daysAgo: 24 },
      { do: 'answer', daysAgo: 10 },
      { do: 'close', daysAgo: 9 },
    ],
  },
  { kind: 'access', daysAgo: 20, steps: [{ do: 'identify', daysAgo: 19 }] },
  { kind: 'access', daysAgo: 0, steps: [], scan: true },
  // Corrections: blocked for the check, 7 working days; one still being checked, one done and answered.
  { kind: 'correction', daysAgo: 3, steps: [{ do: 'identify', daysAgo: 2 }] },
  {
    kind: 'correction',
    daysAgo: 15,
    steps: [
      { do: 'identify', daysAgo: 14 },
      { do: 'correct_and_unblock', daysAgo: 10 },
      { do: 'answer', daysAgo: 9 },
    ],
  },
  // A destruction request (stop in 3, destroy in 7 working days) and a demand to stop awaiting the person's details.
  { kind: 'destruction', daysAgo: 6, steps: [{ do: 'identify', daysAgo: 5 }] },
  { kind: 'stop_processing', daysAgo: 9, steps: [{ do: 'request_details', daysAgo: 8 }] },
  { kind: 'other', daysAgo: 4, stranger: true, steps: [{ do: 'reject', daysAgo: 3 }] },
];

const DEMO_STREETS = ['ул. Ленина', 'пр. Мира', 'ул. Садовая', 'ул. Школьная', 'ул. Гагарина', 'Берёзовая ул.'];

/** A one-page PDF with a line of text: the "scan" of a demo letter. */
function demoScan(line: string): Buffer {
  const text = line.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * The letters register: each letter is registered, identified, answered… on its own day (the demo clock), through
 * the same services as the API, so its terms, blocks, withdrawals and audit entries are what the application makes.
 */
async function seedLetters(
  services: Services,
  clock: DemoClock,
  operator: RequestContext,
  colleagueId: number,
): Promise<void> {
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000);
  const day = (daysAgo: number) => clinicDay(at(daysAgo));
  // People the clinic has signed paper consents from two months ago (processing and mailings), so that a withdrawal
  // visibly withdraws them and takes the person off the mailing list.
  const forms = (['medical_services', 'marketing'] as const).map((p) => services.consentForms.current(p)!);
  const people = services.subjects.list({
    sortField: 'id',
    sortOrder: 'ASC',
    offset: 0,
    limit: DEMO_LETTERS.length,
    filter: { status: 'active' },
  }).rows;
  clock.at = at(60);
  for (const person of people) {
    for (const form of forms) {
      await services.consents.recordPaper(operator, {
        subject_id: person.id,
        consent_form_id: form.id,
        given_at: at(60).toISOString(),
        channel: 'paper',
        representative_name: null,
        representative_document: null,
      });
    }
  }

  for (const [i, plan] of DEMO_LETTERS.entries()) {
    const person = people[i % people.length];
    clock.at = at(plan.daysAgo);
    const letter = await services.letters.register(operator, {
      kind: plan.kind,
      received_on: day(plan.daysAgo),
      sender_name: plan.stranger
        ? 'ООО «Лучшие окна»'
        : [person.last_name, person.first_name, person.patronymic].filter(Boolean).join(' '),
      sender_address: `${faker.location.zipCode('######')}, г. ${faker.location.city()}, ${faker.helpers.arrayElement(DEMO_STREETS)}, д. ${faker.number.int({ min: 1, max: 90 })}, кв. ${faker.number.int({ min: 1, max: 200 })}`,
      registered_mail_number: plan.stranger ? null : faker.string.numeric(14),
      summary: plan.stranger ? 'Коммерческое предложение' : DEMO_SUMMARIES[plan.kind],
      // Every fourth letter goes to the second operator, so that «мои» and «все» differ.
      ...(i % 4 === 3 ? { assignee_id: colleagueId } : {}),
    });
    if (plan.scan) {
      const file = await services.uploads.inspect(`Скан ${letter.reg_number}.pdf`, demoScan(`Demo scan ${letter.id}`));
      await services.uploads.store(
        operator,
        { type: 'letter', id: letter.id },
        { kind: 'owner' },
        file,
        'letter.attachment_added',
      );
    }
    for (const step of plan.steps) {
      clock.at = at(step.daysAgo);
      await demoStep(services, operator, letter.id, person, plan, step, day(step.daysAgo));
    }
  }
  clock.at = null;
}

const ANSWER_KIND: Record<LetterKind, ReplyKind> = {
  withdrawal: 'withdrawal_done',
  access: 'access_report',
  correction: 'correction_done',
  destruction: 'destruction_scheduled',
  stop_processing: 'stop_done',
  other: 'other',
};

const DEMO_SUMMARIES: Record<LetterKind, string> = {
  withdrawal: 'Отзывает согласие на обработку персональных данных',
  access: 'Просит сообщить, какие сведения о нём обрабатываются',
  correction: 'Просит исправить номер телефона в карте',
  destruction: 'Требует уничтожить свои персональные данные',
  stop_processing: 'Требует прекратить обработку персональных данных',
  other: 'Иное',
};

async function demoStep(
  services: Services,
  ctx: RequestContext,
  letterId: number,
  person: Subject,
  plan: DemoLetter,
  step: DemoStep,
  today: string,
): Promise<void> {
  const letters = services.letters;
  switch (step.do) {
    case 'identify':
      await letters.identify(ctx, letterId, {
        subject_id: person.id,
        method: 'matching_fields',
        fields_matched: ['last_name', 'first_name', 'patronymic'],
        note: 'Демо: ФИО и подпись совпадают с договором',
        purposes: plan.purposes,
      });
      return;
    case 'request_details':
      await letters.requestDetails(ctx, letterId, {
        note: 'Демо: запрошена копия документа, удостоверяющего личность',
      });
      return;
    case 'extend':
      await letters.extend(ctx, letterId, {
        reason: 'Демо: сведения запрошены из архива, ответ продлён на 5 рабочих дней',
      });
      return;
    case 'reject':
      await letters.reject(ctx, letterId, { reason: 'Демо: рекламная рассылка, а не обращение субъекта' });
      return;
    case 'correct_and_unblock': {
      const current = services.subjects.findForUpdate(person.id)!;
      const fields = Object.fromEntries(PERSONAL_FIELDS.map((f) => [f, current[f]])) as Pick<
        Subject,
        (typeof PERSONAL_FIELDS)[number]
      >;
      await services.subjects.correct(ctx, person.id, {
        ...fields,
        phone: `+79${faker.string.numeric(9)}`,
        version: current.version,
        correction_reason: 'Демо: номер телефона по письму',
        letter_id: letterId,
      });
      await letters.unblockSubject(ctx, person.id, {
        letter_id: letterId,
        reason: 'Демо: проверка завершена, данные уточнены',
      });
      return;
    }
    case 'answer': {
      // Answered from here: the reply that fits the letter, drafted from its template and sent by post.
      const reply = await services.replies.draft(ctx, { letter_id: letterId, kind: ANSWER_KIND[plan.kind] });
      await services.replies.send(ctx, reply.id, {
        sent_on: today,
        channel: 'post',
        tracking: `8008${faker.string.numeric(10)}`,
        version: reply.version,
      });
      return;
    }
    case 'draft_reply':
      await services.replies.draft(ctx, { letter_id: letterId, kind: ANSWER_KIND[plan.kind] });
      return;
    case 'close':
      await letters.close(ctx, letterId, {});
  }
}

/**
 * The register of authorities' requests (clause 4.5): one of each state, one from Roskomnadzor near its term, each
 * through the service on its own day, so the four-eyes decisions and audit entries are what the application makes.
 */
async function seedDisclosures(
  services: Services,
  clock: DemoClock,
  operator: RequestContext,
  officer: RequestContext,
): Promise<void> {
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000);
  const day = (daysAgo: number) => clinicDay(at(daysAgo));
  // Subjects past the letters' people (the first ones), so that the two registers tell different stories.
  const [first, second, third] = services.subjects.list({
    sortField: 'id',
    sortOrder: 'ASC',
    offset: 40,
    limit: 3,
    filter: { status: 'active' },
  }).rows;
  const register = (daysAgo: number, input: Parameters<Services['disclosures']['register']>[1]) => {
    clock.at = at(daysAgo);
    return services.disclosures.register(operator, input);
  };
  const court = {
    body_type: 'court' as const,
    body_name: 'Тверской районный суд г. Москвы',
    official: 'Судья Логинова Т. А.',
    legal_basis: 'п. 3 ч. 1 ст. 6 152-ФЗ; ч. 4 ст. 13 323-ФЗ',
  };

  const disclosed = await register(40, {
    ...court,
    document_number: '02-4117/2026',
    document_date: day(43),
    case_number: '02-4117/2026',
    received_on: day(40),
    due_on: day(30),
    subject_ids: [first.id],
    categories_requested: ['identity', 'contacts', 'medical'],
  });
  clock.at = at(39);
  const approved = await services.disclosures.approve(officer, disclosed.id, {
    categories: ['identity', 'medical'],
    comment: 'Контактные данные для рассмотрения дела не нужны',
    version: disclosed.version,
  });
  clock.at = at(36);
  await services.disclosures.disclose(operator, disclosed.id, {
    disclosed_on: day(36),
    channel: 'courier',
    reference: 'Исх. курьерская доставка № 118',
    disclosed_content: 'Копия медицинской карты и сведения о личности пациента',
    version: approved.version,
  });

  const pending = await register(3, {
    body_type: 'investigative_committee',
    body_name: 'ГСУ СК России по г. Москве',
    official: 'Следователь Беляев Д. С.',
    legal_basis: 'п. 3 ч. 1 ст. 6 152-ФЗ; ч. 4 ст. 13 323-ФЗ',
    document_number: '201/3-4412',
    document_date: day(5),
    case_number: '12602450001000118',
    received_on: day(3),
    due_on: day(-4),
    subject_ids: [second.id, third.id],
    categories_requested: ['identity', 'contacts', 'medical'],
  });
  void pending;

  const refused = await register(20, {
    body_type: 'police',
    body_name: 'ОМВД России по Тверскому району г. Москвы',
    official: 'Участковый уполномоченный Сорокин И. В.',
    legal_basis: 'ст. 13 Федерального закона «О полиции»',
    document_number: '3/226104',
    document_date: day(21),
    case_number: null,
    received_on: day(20),
    due_on: null,
    subject_ids: [second.id],
    categories_requested: ['medical'],
  });
  clock.at = at(19);
  await services.disclosures.refuse(officer, refused.id, {
    comment: 'Основание не из ч. 4 ст. 13 323-ФЗ: врачебная тайна без согласия пациента не раскрывается',
    version: refused.version,
  });

  // Roskomnadzor's own 10 working days, counted by the server on the production calendar (no due date given).
  await register(8, {
    body_type: 'roskomnadzor',
    body_name: 'Управление Роскомнадзора по ЦФО',
    official: 'Начальник отдела Карпова Е. Н.',
    legal_basis: 'ч. 4 ст. 20 152-ФЗ',
    document_number: '08-77/12345',
    document_date: day(9),
    case_number: null,
    received_on: day(8),
    due_on: null,
    subject_ids: [third.id],
    categories_requested: ['identity', 'consents'],
  });
  clock.at = null;
}
