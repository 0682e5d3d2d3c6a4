import type {
  Incident,
  IncidentCategory,
  IncidentNoticeKind,
  IncidentSource,
  OperatorSettings,
  PrintBlock,
  PrintableDocument,
} from '../contract/index.js';
import { keepTogether, signatureName } from '../printing/typography.js';

// The two notices of 152-FZ art. 21 p.3.1 as printable documents, in Russian whatever the UI's language: the 24-hour
// notice of the incident (p.3.1(1)) and the 72-hour notice of the internal investigation's results (p.3.1(2)). The
// facts come from the incident's record, the operator and the contact person from the operator's details.

export const NOTICE_ADDRESSEE = [
  'В Федеральную службу по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор)',
];

export const NOTICE_TITLES: Record<IncidentNoticeKind, string> = {
  notice_24h:
    'Уведомление о факте неправомерной или случайной передачи (предоставления, распространения, доступа) персональных данных',
  results_72h:
    'Уведомление о результатах внутреннего расследования выявленного инцидента, связанного с неправомерной или ' +
    'случайной передачей (предоставлением, распространением, доступом) персональных данных',
};

/** What a 24-hour notice says of a fact not yet known: the law wants the notice on time, not complete. */
export const BEING_ESTABLISHED = 'устанавливается';
/** What the 72-hour notice says of the persons responsible when the investigation did not find them. */
export const NOT_FOUND = 'не установлены';

const SOURCE_LABELS: Record<IncidentSource, string> = {
  staff_report: 'сообщение работника оператора',
  audit_flag: 'проверка журнала аудита информационной системы',
  complaint: 'обращение (жалоба) субъекта персональных данных',
  outside_notice: 'сообщение третьего лица',
};

const CATEGORY_LABELS: Record<IncidentCategory, string> = {
  identity: 'идентификационные данные (фамилия, имя, отчество, дата рождения, пол)',
  contacts: 'контактные данные (номер телефона, адрес электронной почты)',
  medical: 'сведения о состоянии здоровья',
  consents: 'сведения о согласиях на обработку персональных данных',
  correspondence: 'переписка с субъектами персональных данных (обращения и ответы)',
};

const LAW = 'ч.\u00a03.1 ст.\u00a021 Федерального закона от 27.07.2006 №\u00a0152-ФЗ «О персональных данных»';

/** «05.06.2026 14:30» in Moscow time (UTC+3 all year since 2014), as the notice states the moment of detection. */
export function moscowDateTime(iso: string): string {
  const m = new Date(Date.parse(iso) + 3 * 3600_000).toISOString();
  return `${m.slice(8, 10)}.${m.slice(5, 7)}.${m.slice(0, 4)} ${m.slice(11, 16)}`;
}

type NoticeFacts = Pick<
  Incident,
  | 'number'
  | 'detected_at'
  | 'source'
  | 'description'
  | 'systems'
  | 'categories'
  | 'subjects_estimated'
  | 'subjects_confirmed'
  | 'health_data'
  | 'containment'
  | 'responsible'
  | 'presumed_causes'
  | 'harm'
  | 'results'
  | 'notice_24h_sent_at'
  | 'notice_24h_reference'
>;

type NoticeOperator = Pick<
  OperatorSettings,
  | 'operator_name'
  | 'legal_address'
  | 'postal_address'
  | 'email'
  | 'website'
  | 'inn'
  | 'ogrn'
  | 'responsible_name'
  | 'responsible_position'
>;

/**
 * The notice of that kind as one printable structure: the PDF and the SPA's print view are made from it, and its
 * JSON is what a printing keeps and hashes, so it holds nothing that changes by itself (no date of printing).
 */
export function noticeDocument(
  kind: IncidentNoticeKind,
  incident: NoticeFacts,
  operator: NoticeOperator,
): PrintableDocument {
  const final = kind === 'results_72h';
  // A blank field: still being established on the first day; after the investigation, not established.
  const blank = final ? 'не установлено' : BEING_ESTABLISHED;
  const pending: string[] = [];
  const text = (value: string | null, what: string, whenBlank = blank): string => {
    if (value && value.trim()) return keepTogether(value.trim());
    pending.push(what);
    return whenBlank;
  };

  const facts: PrintBlock[] = [
    heading('2. Сведения об инциденте'),
    fields([
      ['Номер инцидента у оператора', incident.number],
      // The results answer the first notice: the portal's reference ties the two together.
      ...(final && incident.notice_24h_sent_at
        ? [
            [
              'Уведомление о выявленном инциденте',
              `направлено ${moscowDateTime(incident.notice_24h_sent_at)}, №\u00a0${incident.notice_24h_reference ?? '—'}`,
            ] as [string, string],
          ]
        : []),
      ['Дата и время выявления (московское время)', moscowDateTime(incident.detected_at)],
      ['Как выявлен', SOURCE_LABELS[incident.source]],
      ['Описание инцидента', text(incident.description, 'обстоятельства инцидента')],
      ['Информационные системы, в которых произошёл инцидент', text(incident.systems, 'затронутые системы')],
      ['Категории персональных данных', categories(incident.categories, blank, pending)],
      ['Сведения о состоянии здоровья (специальная категория)', incident.health_data ? 'затронуты' : 'не затронуты'],
      ['Количество субъектов персональных данных', subjectCount(incident, final, pending)],
    ]),
    heading('3. Предполагаемые причины, повлёкшие нарушение прав субъектов персональных данных'),
    paragraph(text(incident.presumed_causes, 'причины инцидента')),
    heading('4. Предполагаемый вред, нанесённый правам субъектов персональных данных'),
    paragraph(text(incident.harm, 'вред, нанесённый правам субъектов')),
    heading('5. Принятые меры по устранению последствий инцидента'),
    paragraph(text(incident.containment, 'меры по устранению последствий')),
  ];
  if (final) {
    facts.push(
      heading('6. Результаты внутреннего расследования'),
      // Before the results are recorded the 72-hour notice is a draft still being written.
      paragraph(text(incident.results, 'результаты расследования', BEING_ESTABLISHED)),
      heading('7. Сведения о лицах, действия которых стали причиной инцидента'),
      paragraph(text(incident.responsible, 'лица, действия которых стали причиной инцидента', NOT_FOUND)),
    );
  }

  const blocks: PrintBlock[] = [
    paragraph(
      final
        ? `В соответствии с п.\u00a02 ${LAW} ${operator.operator_name} уведомляет о результатах внутреннего ` +
            `расследования инцидента №\u00a0${incident.number}, выявленного ${moscowDateTime(incident.detected_at)}.`
        : `В соответствии с п.\u00a01 ${LAW} ${operator.operator_name} уведомляет о выявленном инциденте, ` +
            'повлёкшем нарушение прав субъектов персональных данных.',
    ),
    heading('1. Сведения об операторе'),
    fields([
      ['Наименование', operator.operator_name],
      ['ИНН', operator.inn || '—'],
      ['ОГРН', operator.ogrn || '—'],
      ['Адрес местонахождения', operator.legal_address],
      ...(operator.postal_address && operator.postal_address !== operator.legal_address
        ? [['Почтовый адрес', operator.postal_address] as [string, string]]
        : []),
    ]),
    ...facts,
    heading(`${final ? 8 : 6}. Лицо, уполномоченное оператором на взаимодействие с Роскомнадзором`),
    fields([
      ['Фамилия, имя, отчество', operator.responsible_name || '—'],
      ['Должность', operator.responsible_position || '—'],
      ['Адрес электронной почты', operator.email || '—'],
    ]),
  ];
  if (!final && pending.length) {
    blocks.push(
      paragraph(
        `На момент направления уведомления устанавливаются: ${pending.join('; ')}. ` +
          'Сведения будут сообщены в уведомлении о результатах внутреннего расследования.',
      ),
    );
  }

  return {
    title: NOTICE_TITLES[kind],
    letterhead: {
      operator_name: operator.operator_name,
      legal_address: operator.legal_address,
      postal_address: operator.postal_address,
      email: operator.email,
      website: operator.website,
      inn: operator.inn,
      ogrn: operator.ogrn,
    },
    // Sent through Roskomnadzor's portal, which gives its own reference: no outgoing number here.
    number: null,
    date: null,
    addressee: NOTICE_ADDRESSEE,
    blocks,
    signature: {
      position: operator.responsible_position || 'Ответственный за организацию обработки персональных данных',
      name: signatureName(operator.responsible_name),
    },
    executor: null,
    watermark: null,
  };
}

const heading = (text: string): PrintBlock => ({ kind: 'heading', text });
const paragraph = (text: string): PrintBlock => ({ kind: 'paragraph', text });
const fields = (rows: [string, string][]): PrintBlock => ({
  kind: 'fields',
  rows: rows.map(([label, value]) => ({ label, value })),
});

function categories(list: readonly IncidentCategory[], blank: string, pending: string[]): string {
  if (list.length) return list.map((c) => CATEGORY_LABELS[c]).join('; ');
  pending.push('категории персональных данных');
  return blank;
}

/** The estimate always; the confirmed number once known, else (on the first day) said to be still established. */
function subjectCount(incident: NoticeFacts, final: boolean, pending: string[]): string {
  const estimated = `по предварительной оценке — ${incident.subjects_estimated}`;
  if (incident.subjects_confirmed !== null) return `${estimated}; подтверждено — ${incident.subjects_confirmed}`;
  if (final) return `${estimated}; точное число не установлено`;
  pending.push('точное число затронутых субъектов');
  return `${estimated}; точное число ${BEING_ESTABLISHED}`;
}
