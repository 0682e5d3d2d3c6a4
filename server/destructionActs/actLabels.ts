// Russian names of the codes an act and its log extract print (the SPA has its own in i18n; the paper is always
// Russian). There is no server-side table of audit action names yet: these are the actions a destruction writes.
import type { AuditAction, DestructionCategory, DestructionReason } from '../contract/index.js';

export const REASON_LABELS: Record<DestructionReason, string> = {
  withdrawal: 'отзыв согласия на обработку персональных данных',
  destruction_request: 'требование субъекта персональных данных об уничтожении',
  unlawful_processing: 'выявление неправомерной обработки персональных данных',
  not_needed: 'персональные данные не являются необходимыми для заявленной цели обработки',
  purpose_achieved: 'достижение цели обработки персональных данных',
  retention_expired: 'истечение срока хранения персональных данных',
};

/** Each category's name, and what it held, so that the act names the data and not only our code for it. */
export const CATEGORY_LABELS: Record<DestructionCategory, { name: string; contents: string }> = {
  identity_contacts: {
    name: 'Идентификационные и контактные данные',
    contents:
      'фамилия, имя, отчество, пол, дата рождения, номер телефона, адрес электронной почты, сведения о законном ' +
      'представителе',
  },
  medical: { name: 'Сведения о состоянии здоровья', contents: 'медицинские сведения, составляющие врачебную тайну' },
  submissions: {
    name: 'Обращения с Сайта',
    contents: 'заявки, полученные через Сервисы Сайта, с их содержанием',
  },
  consents: {
    name: 'Сведения о согласиях',
    contents: 'IP-адрес, данные браузера, сведения о представителе, текст отзыва согласия',
  },
  correspondence: { name: 'Переписка', contents: 'входящие письма, их вложения, заметки к ним и ответы на них' },
  disclosures: {
    name: 'Сведения о предоставлении госорганам',
    contents: 'сведения о предоставлении персональных данных по запросам государственных органов',
  },
};

/** The actions of a destruction's unit and of its proposal; any other prints as its code. */
const ACTION_LABELS: Partial<Record<AuditAction, string>> = {
  'destruction.proposed': 'Предложено уничтожение данных',
  'destruction.approved': 'Уничтожение данных утверждено',
  'subject.blocked': 'Обработка заблокирована',
  'subject.destroyed': 'Данные субъекта уничтожены',
  'destruction_act.created': 'Составлен акт об уничтожении',
  'submission_destruction.proposed': 'Предложено уничтожение обращений с сайта',
  'submission_destruction.viewed': 'Просмотр предложения об уничтожении обращений',
  'submission_destruction.approved': 'Уничтожение обращений с сайта утверждено',
  'submission.destroyed': 'Данные обращения уничтожены',
  'deadline.closed': 'Срок закрыт',
  'letter.closed': 'Письмо закрыто',
  'consent.withdrawn': 'Согласие отозвано',
};

export const actionLabel = (action: string): string => ACTION_LABELS[action as AuditAction] ?? action;

const ROLE_LABELS: Record<string, string> = {
  operator: 'оператор',
  compliance: 'ответственный за обработку ПДн',
  admin: 'администратор',
  system: 'система',
};

export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? role;

// Moscow time (UTC+3 all year since 2014), as the clinic reads the log.
const MOSCOW_OFFSET_MS = 3 * 3_600_000;

/** DD.MM.YYYY HH:mm:ss of a stored UTC instant, on Moscow time. */
export function moscowTime(at: string): string {
  const iso = new Date(Date.parse(at) + MOSCOW_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} ${iso.slice(11, 19)}`;
}
