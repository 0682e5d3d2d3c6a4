import { formatDay, type TemplateContext } from './context.js';

// The pieces every reply shares: the greeting, the reference to the letter answered, the contacts at the end.

const LETTER_WORDS: Record<TemplateContext['letter']['kind'], string> = {
  withdrawal: 'об отзыве согласия на обработку персональных данных',
  access: 'о предоставлении сведений об обработке персональных данных',
  correction: 'об уточнении персональных данных',
  destruction: 'об уничтожении персональных данных',
  stop_processing: 'о прекращении обработки персональных данных',
  other: '',
};

export const LAW_152 = 'Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»';
export const LAW_323 =
  'Федеральным законом от 21.11.2011 № 323-ФЗ «Об основах охраны здоровья граждан в Российской Федерации»';

export function greeting(ctx: TemplateContext): string {
  const s = ctx.subject;
  if (!s) return `Уважаемый(-ая) ${ctx.letter.sender_name ?? 'заявитель'}!`;
  const name = [s.first_name, s.patronymic].filter(Boolean).join(' ');
  const dear = s.sex === 'female' ? 'Уважаемая' : s.sex === 'male' ? 'Уважаемый' : 'Уважаемый(-ая)';
  return `${dear} ${name}!`;
}

/** «На Ваше обращение вх. № ВХ-2026-00014 от 30.11.2026 об отзыве согласия …» */
export function onYourLetter(ctx: TemplateContext): string {
  const about = LETTER_WORDS[ctx.letter.kind];
  return `На Ваше обращение вх. № ${ctx.letter.reg_number} от ${formatDay(ctx.letter.received_on)}${about ? ` ${about}` : ''}`;
}

export function contacts(ctx: TemplateContext): string {
  const o = ctx.operator;
  return (
    `По вопросам обработки Ваших персональных данных Вы можете обратиться в ${o.operator_name} по адресу ` +
    `электронной почты ${o.email} или по почтовому адресу: ${o.postal_address}.`
  );
}

/** What stays after the data processed on consent goes: the medical documentation, kept by law and blocked. */
export function medicalRecordsKept(ctx: TemplateContext): string {
  return (
    `Медицинская документация, оформленная при оказании Вам медицинских услуг, продолжает храниться ` +
    `${ctx.operator.operator_name} без Вашего согласия на основании п. 4 ч. 2 ст. 10 ${LAW_152} и в соответствии с ` +
    `${LAW_323} в течение сроков хранения, установленных законодательством. Эти сведения заблокированы и не ` +
    `используются для иных целей; по истечении сроков хранения они будут уничтожены с составлением акта.`
  );
}

export const placeholder = (what: string) => `[${what}]`;
