import polyglotI18nProvider from 'ra-i18n-polyglot';
import { ru } from './ru';

export const LOCALES = [
  { locale: 'ru', name: 'Русский' },
  { locale: 'en', name: 'English' },
];

// Russian is bundled; English is fetched only when someone switches to it.
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? import('./en').then((module) => module.en) : ru),
  'ru',
  LOCALES,
);
