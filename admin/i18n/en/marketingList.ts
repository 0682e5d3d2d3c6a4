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
  export: {
    title: 'Export of the mailing list',
    text: 'The file holds the names, phones and e-mail addresses of everyone on the list. The export, its reason and the row count are recorded in the audit log.',
    reason: 'Why is the export needed',
    confirm: 'Export',
  },
};
