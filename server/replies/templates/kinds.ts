import type { ReplyKind } from '../../contract/index.js';
import { formatDay, type TemplateContext } from './context.js';
import { LAW_152, contacts, greeting, medicalRecordsKept, onYourLetter, placeholder } from './parts.js';

// One template per kind of reply, in formal Russian, as Markdown the operator edits before sending. A value the
// server cannot know is left as a [bracketed] placeholder for the operator to fill in.

type Template = (ctx: TemplateContext) => string[];

const destroyDay = (ctx: TemplateContext) =>
  ctx.destroyOn ? `**${formatDay(ctx.destroyOn)}**` : placeholder('дата уничтожения');

const withdrawalDone: Template = (ctx) => [
  `${onYourLetter(ctx)} сообщаем следующее.`,
  `Обработка Ваших персональных данных, осуществлявшаяся на основании отозванного согласия, прекращена.`,
  `Персональные данные, обрабатывавшиеся на основании этого согласия (сведения из заявок с сайта, контактные данные ` +
    `для записи и информирования, данные для рассылок), будут уничтожены не позднее ${destroyDay(ctx)} ` +
    `(ч. 5 ст. 21 ${LAW_152}). Об уничтожении Вам будет сообщено.`,
  medicalRecordsKept(ctx),
];

const accessReport: Template = (ctx) => [
  `${onYourLetter(ctx)} направляем сведения, предусмотренные ч. 7 ст. 14 ${LAW_152}.`,
  `Сведения об обработке Ваших персональных данных приведены в приложении к настоящему письму.`,
];

const correctionDone: Template = (ctx) => [
  `${onYourLetter(ctx)} сообщаем, что Ваши персональные данные уточнены в соответствии с представленными Вами ` +
    `сведениями (ч. 2 ст. 21 ${LAW_152}).`,
  `Блокирование Ваших персональных данных на период проверки снято.`,
];

const stopDone: Template = (ctx) => [
  `${onYourLetter(ctx)} сообщаем, что обработка Ваших персональных данных прекращена (ч. 5.1 ст. 21 ${LAW_152}).`,
  medicalRecordsKept(ctx),
];

const destructionScheduled: Template = (ctx) => [
  `${onYourLetter(ctx)} сообщаем, что обработка Ваших персональных данных прекращена, а сами данные заблокированы.`,
  `Персональные данные будут уничтожены не позднее ${destroyDay(ctx)} (ч. 3 ст. 20, ч. 3 ст. 21 ${LAW_152}). ` +
    `Об уничтожении Вам будет сообщено.`,
  medicalRecordsKept(ctx),
];

const identityNotEstablished: Template = (ctx) => [
  `Ваше обращение вх. № ${ctx.letter.reg_number} от ${formatDay(ctx.letter.received_on)} рассмотрено. ` +
    `Установить, что оно направлено субъектом персональных данных или его представителем, не удалось.`,
  `В соответствии с ч. 3 ст. 14 ${LAW_152} запрос должен содержать:\n\n` +
    `- номер основного документа, удостоверяющего Вашу личность (или личность Вашего представителя), сведения о ` +
    `дате его выдачи и выдавшем органе;\n` +
    `- сведения, подтверждающие Ваше участие в отношениях с ${ctx.operator.operator_name} (номер договора, дата ` +
    `записи или приёма);\n` +
    `- Вашу подпись или подпись Вашего представителя (для представителя — документ, подтверждающий полномочия).`,
  `Просим направить недостающие сведения по почтовому адресу: ${ctx.operator.postal_address}. После их получения ` +
    `обращение будет рассмотрено в установленный законом срок.`,
];

const extensionNotice: Template = (ctx) => [
  `${onYourLetter(ctx)} сообщаем, что срок ответа на него продлевается на пять рабочих дней` +
    `${ctx.extendedDueOn ? `, до **${formatDay(ctx.extendedDueOn)}** включительно` : ''} ` +
    `(ч. 2 ст. 20, ч. 5.1 ст. 21 ${LAW_152}).`,
  `Причина продления: ${ctx.reason ?? placeholder('мотивированная причина продления срока')}`,
  `Ответ по существу обращения будет направлен Вам в продлённый срок.`,
];

const refusal: Template = (ctx) => [
  `${onYourLetter(ctx)} сообщаем, что в его удовлетворении отказано.`,
  `Основание отказа: ${ctx.reason ?? placeholder('мотивированное основание со ссылкой на норму закона')}`,
  `Вы вправе обжаловать действия ${ctx.operator.operator_name} в уполномоченный орган по защите прав субъектов ` +
    `персональных данных (Роскомнадзор) или в судебном порядке (ст. 17 ${LAW_152}).`,
];

const other: Template = (ctx) => [`${onYourLetter(ctx)} сообщаем следующее.`, placeholder('текст ответа')];

const TEMPLATES: Record<ReplyKind, Template> = {
  withdrawal_done: withdrawalDone,
  access_report: accessReport,
  correction_done: correctionDone,
  stop_done: stopDone,
  destruction_scheduled: destructionScheduled,
  identity_not_established: identityNotEstablished,
  extension_notice: extensionNotice,
  refusal,
  other,
};

/** The draft of a reply of this kind: the greeting, the body, the contacts; paragraphs apart. */
export function draftText(kind: ReplyKind, ctx: TemplateContext): string {
  return [greeting(ctx), ...TEMPLATES[kind](ctx), contacts(ctx)].join('\n\n');
}

/** The document's title over the body. */
export const REPLY_TITLES: Record<ReplyKind, string> = {
  withdrawal_done: 'О прекращении обработки персональных данных в связи с отзывом согласия',
  access_report: 'О предоставлении сведений об обработке персональных данных',
  correction_done: 'Об уточнении персональных данных',
  stop_done: 'О прекращении обработки персональных данных',
  destruction_scheduled: 'Об уничтожении персональных данных',
  identity_not_established: 'О невозможности установить личность заявителя',
  extension_notice: 'О продлении срока рассмотрения обращения',
  refusal: 'Об отказе в удовлетворении обращения',
  other: 'Ответ на обращение',
};
