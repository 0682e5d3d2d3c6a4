import type * as ru from '../ru/marketingList';
import type { SameKeys } from '../sameKeys';

export const marketingList: SameKeys<typeof ru.marketingList> = {
  name: 'Marketing list |||| Marketing list',
  empty: 'No subjects with an active consent to marketing messages',
  fields: {
    id: 'ID',
    subject_id: 'Data subject',
    full_name: 'Full name',
    last_name: 'Last name',
    first_name: 'First name',
    patronymic: 'Patronymic',
    phone: 'Phone',
    email: 'Email',
    consent_id: 'Consent',
    consent_given_at: 'Consent given',
  },
  help: 'The list holds only subjects with an active consent to marketing messages. Blocked subjects and withdrawn consents never appear in it. Every view and every export is recorded in the audit log with its row count.',
};
