import { useTranslate } from 'react-admin';
import { formatDate, formatPhone } from '../common/format';
import type { TakeableField } from '../types';

/** A subject's or a submission's value as the cards show it: dates DD.MM.YYYY, phones grouped, sex in words. */
export const useTakeableFieldText = () => {
  const translate = useTranslate();
  return (field: TakeableField | string, value: unknown): string => {
    if (value == null || value === '') return translate('pd.common.empty');
    if (field === 'birth_date') return formatDate(String(value));
    if (field === 'phone') return formatPhone(String(value));
    if (field === 'sex') return translate(`resources.subjects.sex.${value}`, { _: String(value) });
    return String(value);
  };
};

/** Absent and empty are the same value; anything else is compared as stored. */
export const sameValue = (a: unknown, b: unknown): boolean => (a ?? '') === (b ?? '');
