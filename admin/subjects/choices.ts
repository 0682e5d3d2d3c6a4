import { SEXES, SUBJECT_STATUSES } from '../types';

// Choice names are i18n keys; react-admin's SelectInput/SelectField translate them.
export const SEX_CHOICES = SEXES.map((sex) => ({ id: sex, name: `resources.subjects.sex.${sex}` }));

export const STATUS_CHOICES = SUBJECT_STATUSES.map((status) => ({
  id: status,
  name: `resources.subjects.status.${status}`,
}));
