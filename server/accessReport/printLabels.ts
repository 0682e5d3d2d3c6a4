// Russian names of the codes the printed report shows (the SPA has its own in i18n; the paper is always Russian).
import type {
  ConsentChannel,
  ConsentStatus,
  DisclosureCategory,
  DisclosureChannel,
  FieldSourceKind,
  LetterKind,
  LetterStatus,
  Purpose,
  Service,
  SubjectFields,
  SubmissionStatus,
} from '../contract/index.js';
import { clinicDay } from '../shared/clinicDate.js';

export const FIELD_LABELS: Record<keyof SubjectFields, string> = {
  last_name: 'Фамилия',
  first_name: 'Имя',
  patronymic: 'Отчество',
  sex: 'Пол',
  birth_date: 'Дата рождения',
  phone: 'Телефон',
  email: 'Адрес электронной почты',
  legal_rep_name: 'Законный представитель',
  legal_rep_basis: 'Документ, подтверждающий полномочия представителя',
};

export const PURPOSE_LABELS: Record<Purpose, string> = {
  medical_services: 'Оказание медицинских услуг',
  marketing: 'Реклама и информирование об акциях',
  health_data: 'Обработка сведений о состоянии здоровья',
};

export const CHANNEL_LABELS: Record<ConsentChannel, string> = {
  website: 'на Сайте',
  paper: 'на бумаге',
  representative: 'законным представителем',
};

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  active: 'действует',
  withdrawn: 'отозвано',
};

export const SERVICE_LABELS: Record<Service, string> = {
  appointment: 'запись на приём',
  callback: 'обратный звонок',
  chat: 'чат',
  consultation: 'онлайн-консультация',
};

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  new: 'на рассмотрении',
  linked: 'учтена',
  created: 'учтена',
  rejected: 'отклонена',
};

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  withdrawal: 'отзыв согласия',
  access: 'запрос сведений',
  correction: 'уточнение данных',
  destruction: 'уничтожение данных',
  stop_processing: 'прекращение обработки',
  other: 'иное обращение',
};

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  registered: 'зарегистрировано',
  awaiting_details: 'запрошены сведения',
  identified: 'в работе',
  answered: 'дан ответ',
  closed: 'закрыто',
  rejected: 'отклонено',
};

export const DISCLOSURE_CATEGORY_LABELS: Record<DisclosureCategory, string> = {
  identity: 'ФИО и дата рождения',
  contacts: 'контактные данные',
  medical: 'сведения, составляющие врачебную тайну',
  consents: 'согласия',
  correspondence: 'переписка',
};

export const DISCLOSURE_CHANNEL_LABELS: Record<DisclosureChannel, string> = {
  post: 'почтой',
  courier: 'курьером',
  email: 'электронной почтой',
  in_person: 'лично',
  portal: 'через портал ведомства',
  other: 'иным способом',
};

const SEX_LABELS: Record<string, string> = { male: 'мужской', female: 'женский' };

/** DD.MM.YYYY of a calendar day (YYYY-MM-DD) or of an instant, on the clinic's (Moscow) calendar. */
export function ruDate(value: string | null): string {
  if (!value) return '—';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : clinicDay(new Date(value));
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

/** A stored value as a person reads it: dates DD.MM.YYYY, phones +7 (XXX) XXX-XX-XX, sex in words. */
export function fieldValue(field: keyof SubjectFields, value: string): string {
  if (field === 'birth_date') return ruDate(value);
  if (field === 'sex') return SEX_LABELS[value] ?? value;
  if (field === 'phone') {
    const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(value);
    return m ? `+7 (${m[1]}) ${m[2]}-${m[3]}-${m[4]}` : value;
  }
  return value;
}

export function sourceText(source: {
  source: FieldSourceKind;
  source_date: string;
  service: Service | null;
  reference: string | null;
}): string {
  const date = ruDate(source.source_date);
  if (source.source === 'website') {
    return `Сайт, сервис «${SERVICE_LABELS[source.service!]}», заявка ${source.reference}, ${date}`;
  }
  if (source.source === 'letter') return `письменное обращение ${source.reference}, ${date}`;
  return `внесено сотрудником Оператора, ${date}`;
}
