// The date pickers' language, once for the whole SPA (admin/App.tsx): MUI X's LocalizationProvider with the
// date-fns adapter in the locale react-admin is in. Russian: ДД.ММ.ГГГГ, weeks from Monday, Russian texts.
// English: DD/MM/YYYY and weeks from Monday as well (en-GB), so that a switch of language changes the words and
// not the order of day and month the clinic's staff are used to.
import { useMemo, type ReactNode } from 'react';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS, ruRU } from '@mui/x-date-pickers/locales';
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { ru } from 'date-fns/locale/ru';
import { useLocaleState, useTranslate } from 'react-admin';

interface PickerLocale {
  adapterLocale: Locale;
  localeText: typeof ruRU.components.MuiLocalizationProvider.defaultProps.localeText;
  /** date-fns patterns of what the fields show and take. */
  formats: { date: string; dateTime: string };
}

const PICKER_LOCALES: Record<string, PickerLocale> = {
  ru: {
    adapterLocale: ru,
    localeText: ruRU.components.MuiLocalizationProvider.defaultProps.localeText,
    formats: { date: 'dd.MM.yyyy', dateTime: 'dd.MM.yyyy HH:mm' },
  },
  en: {
    adapterLocale: enGB,
    localeText: enUS.components.MuiLocalizationProvider.defaultProps.localeText,
    formats: { date: 'dd/MM/yyyy', dateTime: 'dd/MM/yyyy HH:mm' },
  },
};

const pickerLocale = (locale: string): PickerLocale => PICKER_LOCALES[locale] ?? PICKER_LOCALES.ru;

/** The patterns the date inputs show in the current language (also used to write dates into their messages). */
export const usePickerFormats = () => {
  const [locale] = useLocaleState();
  return pickerLocale(locale).formats;
};

export const DatePickersProvider = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { adapterLocale, localeText } = pickerLocale(locale);
  const hours = translate('pd.inputs.hours_placeholder');
  const text = useMemo(() => ({ ...localeText, fieldHoursPlaceholder: () => hours }), [localeText, hours]);
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={adapterLocale} localeText={text}>
      {children}
    </LocalizationProvider>
  );
};
