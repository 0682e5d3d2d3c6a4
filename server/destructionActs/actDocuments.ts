import type {
  DestructionActContent,
  DestructionActPerson,
  DestructionPlanItem,
  OperatorSettings,
  PrintBlock,
  PrintableDocument,
} from '../contract/index.js';
import { fieldValue, ruDate } from '../accessReport/printLabels.js';
import { keepTogether, signatureName } from '../printing/typography.js';
import { CATEGORY_LABELS, REASON_LABELS, actionLabel, moscowTime, roleLabel } from './actLabels.js';

// The act and its log extract (Roskomnadzor Order 179; legal rules section B): every field the order names, drawn
// from the content sealed when the destruction was executed, so that the paper says what was true on that day.

const ACT_TITLE = 'Акт об уничтожении персональных данных';
const EXTRACT_TITLE = 'Выгрузка из журнала регистрации событий в информационной системе персональных данных';
const NO_PROCESSOR = 'не привлекался';
const NO_POSITION = 'должность не указана';

/** The act: operator, processor, subject, the people who destroyed the data, categories, system, method, reason, day. */
export function actDocument(c: DestructionActContent, operator: OperatorSettings): PrintableDocument {
  return {
    ...frame(c, operator),
    title: `${ACT_TITLE} № ${c.number} от ${ruDate(c.destroyed_on)}`,
    blocks: [
      {
        kind: 'fields',
        rows: [
          { label: 'Оператор', value: c.operator.name },
          { label: 'Адрес оператора', value: addresses(c) },
          {
            label: 'Лицо, осуществляющее обработку персональных данных по поручению оператора',
            value: c.processor ?? NO_PROCESSOR,
          },
          { label: 'Информационная система', value: c.system_name },
          { label: 'Дата уничтожения', value: ruDate(c.destroyed_on) },
        ],
      },
      ...subjectSection(c),
      { kind: 'heading', text: '2. Лица, уничтожившие персональные данные' },
      {
        kind: 'table',
        header: ['Участие', 'Фамилия, имя, отчество', 'Должность'],
        rows: [
          ['Предложил(а) уничтожение', c.proposer.full_name, c.proposer.position ?? NO_POSITION],
          ['Утвердил(а) уничтожение', c.approver.full_name, c.approver.position ?? NO_POSITION],
        ],
      },
      { kind: 'heading', text: '3. Уничтоженные персональные данные' },
      ...categoryList(c.destroyed),
      { kind: 'heading', text: '4. Персональные данные, хранение которых продолжается' },
      ...retainedList(c.retained, c.subject === null),
      { kind: 'heading', text: '5. Способ уничтожения' },
      { kind: 'paragraph', text: sentence(c.method) },
      { kind: 'heading', text: '6. Причина уничтожения' },
      { kind: 'paragraph', text: reasonText(c) },
      ...(c.comment
        ? [{ kind: 'paragraph', text: `Комментарий при утверждении: ${c.comment}` } satisfies PrintBlock]
        : []),
      {
        kind: 'paragraph',
        text: `Выгрузка из журнала регистрации событий в информационной системе «${c.system_name}» прилагается к настоящему акту.`,
      },
      { kind: 'heading', text: 'Подписи лиц, уничтоживших персональные данные' },
      { kind: 'fields', rows: [signatureRow(c.proposer), signatureRow(c.approver)] },
    ],
  };
}

/** The extract: the subject, categories, system, reason and day, then the log entries of the destruction with hashes. */
export function extractDocument(c: DestructionActContent, operator: OperatorSettings): PrintableDocument {
  return {
    ...frame(c, operator),
    title: EXTRACT_TITLE,
    blocks: [
      {
        kind: 'paragraph',
        text: `Приложение к акту об уничтожении персональных данных № ${c.number} от ${ruDate(c.destroyed_on)}.`,
      },
      {
        kind: 'fields',
        rows: [
          c.subject
            ? {
                label: 'Субъект персональных данных',
                value: c.earlier_act
                  ? `идентификатор в информационной системе ${c.subject.id}; идентификационные данные уничтожены ранее, акт № ${c.earlier_act.number} от ${ruDate(c.earlier_act.destroyed_on)}`
                  : subjectLine(c.subject),
              }
            : { label: 'Субъекты персональных данных', value: submittersLine(c) },
          {
            label: 'Уничтоженные персональные данные',
            value: c.destroyed.map((p) => CATEGORY_LABELS[p.category].name).join('; ') || 'нет',
          },
          { label: 'Информационная система', value: c.system_name },
          { label: 'Причина уничтожения', value: reasonText(c) },
          { label: 'Дата уничтожения', value: ruDate(c.destroyed_on) },
        ],
      },
      ...(c.subject ? [] : submissionsTable(c)),
      { kind: 'heading', text: 'Записи журнала регистрации событий' },
      {
        kind: 'table',
        // Four columns, not five: the layout gives each the same width, and the hash needs the room.
        header: ['№ записи, время (МСК)', 'Действие', 'Сотрудник (учётная запись, роль)', 'Хеш записи (SHA-256)'],
        rows: c.log.map((l) => [
          `${l.id}\n${moscowTime(l.at)}`,
          actionLabel(l.action),
          `${l.actor_login}\n${roleLabel(l.actor_role)}`,
          wrappedHash(l.hash),
        ]),
      },
      {
        kind: 'paragraph',
        text: `Каждая запись журнала содержит хеш предыдущей записи (цепочка SHA-256): изменение или удаление любой записи обнаруживается проверкой цепочки. Выгрузка является приложением к акту № ${c.number} и подписывается вместе с ним.`,
      },
    ],
  };
}

/** What both documents share: the letterhead as on the day of destruction, no outgoing number, no addressee. */
function frame(c: DestructionActContent, operator: OperatorSettings) {
  return {
    letterhead: {
      operator_name: c.operator.name,
      legal_address: c.operator.legal_address,
      postal_address: c.operator.postal_address,
      email: operator.email,
      website: operator.website,
      inn: operator.inn,
      ogrn: operator.ogrn,
    },
    number: null,
    date: null,
    addressee: [],
    signature: null,
    executor: null,
    watermark: null,
  } satisfies Omit<PrintableDocument, 'title' | 'blocks'>;
}

function addresses(c: DestructionActContent): string {
  const { legal_address, postal_address } = c.operator;
  return postal_address && postal_address !== legal_address
    ? `юридический: ${legal_address}; почтовый: ${postal_address}`
    : legal_address;
}

type ActSubject = NonNullable<DestructionActContent['subject']>;

/** The identifying data in one row, so that the extract's log starts on its first page. */
function subjectLine(s: ActSubject): string {
  return [
    [s.last_name, s.first_name, s.patronymic].filter(Boolean).join(' '),
    s.birth_date ? `дата рождения ${fieldValue('birth_date', s.birth_date)}` : null,
    s.phone ? `телефон ${fieldValue('phone', s.phone)}` : null,
    s.email ? `адрес электронной почты ${s.email}` : null,
    `идентификатор в информационной системе ${s.id}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Section 1: the subject, or for a batch of website submissions each person as their submission named them. */
function subjectSection(c: DestructionActContent): PrintBlock[] {
  if (c.subject) {
    return [
      { kind: 'heading', text: '1. Субъект персональных данных' },
      { kind: 'fields', rows: c.earlier_act ? earlierRows(c.subject, c.earlier_act) : subjectRows(c.subject) },
    ];
  }
  return [{ kind: 'heading', text: '1. Субъекты персональных данных' }, ...submissionsTable(c)];
}

function submittersLine(c: DestructionActContent): string {
  const n = c.submissions?.length ?? 0;
  return `лица, направившие отклонённые обращения с сайта (${n}), — перечислены ниже и в акте № ${c.number}`;
}

/** One row per destroyed submission: its receipt and day, the name it gave, the birth date and contacts it gave. */
function submissionsTable(c: DestructionActContent): PrintBlock[] {
  return [
    {
      kind: 'paragraph',
      text: 'Лица, направившие через сайт оператора обращения, которые были отклонены и не привели к регистрации субъекта персональных данных (цель обработки достигнута).',
    },
    {
      kind: 'table',
      header: ['Обращение с сайта (номер, дата)', 'Фамилия, имя, отчество', 'Дата рождения', 'Телефон, эл. почта'],
      rows: (c.submissions ?? []).map((s) => [
        `${s.receipt_id}\n${moscowTime(s.received_at)}`,
        [s.last_name, s.first_name, s.patronymic].filter(Boolean).join(' '),
        s.birth_date ? fieldValue('birth_date', s.birth_date) : '—',
        [fieldValue('phone', s.phone), s.email].filter(Boolean).join('\n'),
      ]),
    },
  ];
}

/** A subject destroyed before, whose retained data goes now: named by its id and the act that named the person. */
function earlierRows(s: ActSubject, earlier: { number: string; destroyed_on: string }) {
  return [
    {
      label: 'Идентификационные данные субъекта',
      value: `уничтожены ранее, акт № ${earlier.number} от ${ruDate(earlier.destroyed_on)}`,
    },
    { label: 'Идентификатор субъекта в информационной системе', value: String(s.id) },
  ];
}

function subjectRows(s: ActSubject): { label: string; value: string }[] {
  return [
    {
      label: 'Фамилия, имя, отчество субъекта',
      value: [s.last_name, s.first_name, s.patronymic].filter(Boolean).join(' '),
    },
    ...(s.birth_date ? [{ label: 'Дата рождения', value: fieldValue('birth_date', s.birth_date) }] : []),
    ...(s.phone ? [{ label: 'Телефон', value: fieldValue('phone', s.phone) }] : []),
    ...(s.email ? [{ label: 'Адрес электронной почты', value: s.email }] : []),
    { label: 'Идентификатор субъекта в информационной системе', value: String(s.id) },
  ];
}

// Label–value rows rather than a table: a table's header can be left alone at the foot of a page, a row cannot.
function categoryList(items: DestructionPlanItem[]): PrintBlock[] {
  if (!items.length) return [{ kind: 'paragraph', text: 'Нет.' }];
  return [
    {
      kind: 'fields',
      rows: items.map((p) => ({
        label: CATEGORY_LABELS[p.category].name,
        value: CATEGORY_LABELS[p.category].contents,
      })),
    },
  ];
}

function retainedList(items: DestructionPlanItem[], batch: boolean): PrintBlock[] {
  if (!items.length) {
    const text = batch
      ? 'Нет: данные обращений уничтожены полностью.'
      : 'Нет: уничтожены все категории персональных данных субъекта.';
    return [{ kind: 'paragraph', text }];
  }
  return [
    {
      kind: 'fields',
      rows: items.map((p) => ({
        label: CATEGORY_LABELS[p.category].name,
        value: `${CATEGORY_LABELS[p.category].contents}; основание хранения: ${keepTogether(p.legal_basis ?? '—')}; хранятся до ${ruDate(p.retain_until)}`,
      })),
    },
    {
      kind: 'paragraph',
      text: 'Сохранённые сведения заблокированы: они не используются ни в каких целях, кроме хранения по указанному основанию, и уничтожаются по его истечении.',
    },
  ];
}

function reasonText(c: DestructionActContent): string {
  const letter = c.letter
    ? ` (входящее письмо вх. № ${c.letter.reg_number} от ${ruDate(c.letter.received_on)})`
    : c.letter_id !== null
      ? ` (входящее письмо ID ${c.letter_id})`
      : '';
  return `${capitalized(REASON_LABELS[c.reason])}${letter}${c.reason_text ? `: ${c.reason_text}` : ''}`;
}

/** «Должность, Фамилия И. О.» beside a line to sign on: one row per person who destroyed the data. */
function signatureRow(p: DestructionActPerson): { label: string; value: string } {
  return {
    label: `${p.position ?? NO_POSITION}\n${p.full_name}`,
    value: `____________________  ${signatureName(p.full_name)}\n(подпись)`,
  };
}

/**
 * A hash has no place to break, and a word wider than its column widens the table past the margin: four lines of 16
 * hex digits (about 80 pt at 9 pt) fit a quarter of the A4 table with room to spare (22 digits did not).
 */
function wrappedHash(hash: string): string {
  return hash.match(/.{1,16}/g)?.join('\n') ?? hash;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Free text from the settings as one sentence: capitalised, one full stop at the end. */
const sentence = (text: string) => `${capitalized(text.trim()).replace(/[.\s]+$/, '')}.`;
