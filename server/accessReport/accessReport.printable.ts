import type { AccessReport, AccessReportPurpose, PrintableDocument, PrintBlock } from '../contract/index.js';
import { signatureName } from '../printing/typography.js';
import {
  CHANNEL_LABELS,
  CONSENT_STATUS_LABELS,
  DISCLOSURE_CATEGORY_LABELS,
  DISCLOSURE_CHANNEL_LABELS,
  FIELD_LABELS,
  LETTER_KIND_LABELS,
  LETTER_STATUS_LABELS,
  PURPOSE_LABELS,
  SERVICE_LABELS,
  SUBMISSION_STATUS_LABELS,
  fieldValue,
  ruDate,
  sourceText,
} from './printLabels.js';

export const ACCESS_REPORT_TITLE = 'Сведения об обработке персональных данных';

const STATE_LABELS = {
  active: 'дано, действует',
  withdrawn: 'отозвано',
  none: 'не давалось',
  not_required: 'не требуется',
} as const;

/** Marketing is the one purpose that has no ground but the consent: without it, it is simply not done. */
function consentCell(p: AccessReportPurpose): string {
  if (!p.consent_purpose) return STATE_LABELS[p.state];
  const stopped = p.consent_purpose === 'marketing' && p.state !== 'active' ? ' — в этих целях не обрабатываются' : '';
  return `${PURPOSE_LABELS[p.consent_purpose]}: ${STATE_LABELS[p.state]}${stopped}`;
}

/** The report as the one printable structure: the PDF and the SPA's print view are made from it. */
export function toPrintable(report: Omit<AccessReport, 'printable'>, subjectName: string | null): PrintableDocument {
  const { operator } = report;
  return {
    title: ACCESS_REPORT_TITLE,
    letterhead: {
      operator_name: operator.operator_name,
      legal_address: operator.legal_address,
      postal_address: operator.postal_address,
      email: operator.email,
      website: operator.website,
      inn: operator.inn,
      ogrn: operator.ogrn,
    },
    number: null,
    date: null,
    addressee: [],
    blocks: [
      { kind: 'paragraph', text: `Дата формирования: ${ruDate(report.generated_at)}` },
      {
        kind: 'fields',
        rows: [
          { label: 'Субъект персональных данных', value: subjectName ?? 'персональные данные уничтожены' },
          {
            label: 'Основание',
            value: 'ч. 7 ст. 14 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»',
          },
        ],
      },
      ...section('1. Подтверждение факта обработки персональных данных', [
        { kind: 'paragraph', text: report.confirmation.text },
        { kind: 'paragraph', text: report.confirmation.methods },
        { kind: 'paragraph', text: report.confirmation.safeguards },
      ]),
      ...section('2. Правовые основания и цели обработки (п. 3.2 Политики)', [
        table(
          ['Цели обработки', 'Правовое основание', 'Согласие субъекта'],
          report.purposes.map((p) => [p.purposes.join('; '), p.legal_basis, consentCell(p)]),
        ),
      ]),
      ...section('3. Обрабатываемые персональные данные и источник их получения', personalData(report)),
      ...section('4. Согласия на обработку персональных данных', [
        table(
          ['Цель', 'Форма согласия', 'Редакция Политики', 'Дата', 'Способ', 'Состояние'],
          report.consents.map((c) => [
            PURPOSE_LABELS[c.purpose],
            `${c.form_title}, версия ${c.form_version}`,
            c.policy_version ?? '—',
            ruDate(c.given_at),
            CHANNEL_LABELS[c.channel],
            c.status === 'withdrawn'
              ? `отозвано ${ruDate(c.withdrawn_at)}${c.withdrawal_basis ? `: ${c.withdrawal_basis}` : ''}`
              : CONSENT_STATUS_LABELS[c.status],
          ]),
        ),
      ]),
      ...section('5. Заявки, полученные через Сервисы Сайта', [
        table(
          ['Номер заявки', 'Сервис', 'Дата получения', 'Состояние'],
          report.submissions.map((s) => [
            s.receipt_id,
            SERVICE_LABELS[s.service],
            ruDate(s.received_at),
            SUBMISSION_STATUS_LABELS[s.status],
          ]),
        ),
      ]),
      ...section('6. Обращения субъекта к Оператору', [
        table(
          ['Входящий номер', 'Вид обращения', 'Дата поступления', 'Состояние'],
          report.letters.map((l) => [
            l.reg_number,
            LETTER_KIND_LABELS[l.kind],
            ruDate(l.received_on),
            l.answered_on
              ? `${LETTER_STATUS_LABELS[l.status]}: ответ ${l.answered_out_number} от ${ruDate(l.answered_on)}`
              : LETTER_STATUS_LABELS[l.status],
          ]),
        ),
      ]),
      ...section('7. Получатели персональных данных', recipients(report)),
      ...section('8. Сроки обработки и хранения персональных данных', [
        table(
          ['Сведения', 'Срок', 'Основание'],
          report.retention.map((r) => [r.what, r.period, r.basis]),
        ),
      ]),
      ...section('9. Порядок осуществления прав субъекта персональных данных', [
        table(
          ['Право', 'Как осуществить', 'Основание'],
          report.rights.map((r) => [r.right, r.how, r.basis]),
        ),
      ]),
      ...section('10. Оператор персональных данных', [
        {
          kind: 'fields',
          rows: [
            { label: 'Наименование', value: operator.operator_name },
            { label: 'Юридический адрес', value: operator.legal_address },
            { label: 'Почтовый адрес', value: operator.postal_address },
            { label: 'Электронная почта', value: operator.email },
            { label: 'Сайт', value: operator.website },
            ...(operator.inn ? [{ label: 'ИНН', value: operator.inn }] : []),
            ...(operator.ogrn ? [{ label: 'ОГРН', value: operator.ogrn }] : []),
          ],
        },
      ]),
    ],
    signature: {
      position: operator.responsible_position || 'Ответственный за организацию обработки персональных данных',
      name: signatureName(operator.responsible_name),
    },
    watermark: null,
    executor: null,
  };
}

function section(heading: string, body: PrintBlock[]): PrintBlock[] {
  return [{ kind: 'heading', text: heading }, ...body];
}

/** An empty list prints as «Нет.», not as a header over nothing. */
function table(header: string[], rows: string[][]): PrintBlock {
  return rows.length ? { kind: 'table', header, rows } : { kind: 'paragraph', text: 'Нет.' };
}

function personalData(report: Omit<AccessReport, 'printable'>): PrintBlock[] {
  if (report.subject_status === 'destroyed') {
    return [{ kind: 'paragraph', text: 'Персональные данные субъекта уничтожены; Оператор их не обрабатывает.' }];
  }
  const rows = report.personal_data.map((f) => [FIELD_LABELS[f.field], fieldValue(f.field, f.value), sourceText(f)]);
  const { medical } = report;
  rows.push([
    'Сведения о состоянии здоровья (врачебная тайна)',
    !medical.held
      ? 'не обрабатываются'
      : medical.included
        ? (medical.text ?? '')
        : 'имеются; в настоящие сведения не включены (врачебная тайна), предоставляются по отдельному запросу субъекта (ст. 22 № 323-ФЗ)',
    medical.held ? 'внесено сотрудником Оператора при оказании медицинских услуг' : '—',
  ]);
  return [table(['Сведения', 'Значение', 'Источник получения'], rows)];
}

function recipients(report: Omit<AccessReport, 'printable'>): PrintBlock[] {
  const { disclosures, processors, transfers } = report.recipients;
  return [
    { kind: 'paragraph', text: 'Раскрытие персональных данных по запросам государственных органов:' },
    disclosures.length
      ? table(
          ['Получатель', 'Запрос', 'Правовое основание', 'Раскрытые сведения', 'Дата и способ'],
          disclosures.map((d) => [
            d.body_name,
            `№ ${d.document_number} от ${ruDate(d.document_date)}`,
            d.legal_basis,
            d.categories.map((c) => DISCLOSURE_CATEGORY_LABELS[c]).join(', '),
            `${ruDate(d.disclosed_on)}, ${DISCLOSURE_CHANNEL_LABELS[d.channel]}`,
          ]),
        )
      : { kind: 'paragraph', text: 'Персональные данные субъекта государственным органам не раскрывались.' },
    { kind: 'paragraph', text: 'Лица, осуществляющие обработку по поручению Оператора:' },
    table(
      ['Наименование', 'Адрес', 'Поручение'],
      processors.map((p) => [p.name, p.address ?? 'сообщается по запросу субъекта', p.activity]),
    ),
    ...transfers.map((text): PrintBlock => ({ kind: 'paragraph', text })),
  ];
}
