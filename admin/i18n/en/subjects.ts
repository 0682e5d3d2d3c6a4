import type * as ru from '../ru/subjects';
import type { SameKeys } from '../sameKeys';

export const subjects: SameKeys<typeof ru.subjects> = {
  name: 'Data subject |||| Data subjects',
  page: {
    create: 'New data subject',
    edit: 'Correction: %{recordRepresentation}',
    show: '%{recordRepresentation}',
  },
  empty: 'No data subjects yet',
  invite: 'Add the first one',
  fields: {
    id: 'ID',
    q: 'Search',
    last_name: 'Last name',
    first_name: 'First name',
    patronymic: 'Patronymic',
    full_name: 'Full name',
    sex: 'Sex',
    birth_date: 'Date of birth',
    age: 'Age',
    phone: 'Phone',
    email: 'Email',
    legal_rep_name: 'Legal representative (full name)',
    legal_rep_basis: "Representative's authority",
    status: 'Status',
    has_medical_info: 'Medical information',
    medical_info: 'Medical information',
    medical_info_replace: 'New medical information (replaces the current one)',
    correction_reason: 'Reason for correction',
    version: 'Record version',
    created_at: 'Created',
    updated_at: 'Updated',
  },
  sex: {
    male: 'Male',
    female: 'Female',
  },
  status: {
    active: 'Active',
    blocked: 'Blocked',
    destroyed: 'Destroyed',
  },
  tabs: {
    details: 'Details',
    consents: 'Consents',
    history: 'History',
  },
  sections: {
    person: 'Data subject',
    contacts: 'Contacts',
    legal_rep: 'Legal representative',
    medical: 'Medical information (medical secrecy)',
    correction: 'Correction',
    record: 'Record',
  },
  age: '%{smart_count} year |||| %{smart_count} years',
  helpers: {
    phone: 'Type it with 8 or +7 in front, or paste the whole number',
    medical_info_create: 'Medical secrecy: once saved, it can only be viewed with a stated reason',
    medical_info_replace: 'Leave empty to keep the current information',
    correction_reason: "E.g. “subject's application of 12.03.2025, passport presented”",
  },
  medical: {
    present: 'Recorded',
    absent: 'Not recorded',
    reveal: 'Show medical information',
    dialog_text:
      'Viewing medical information is recorded in the audit log together with the reason. State why you need it.',
    reason: 'Reason',
    confirm: 'Show',
    hide: 'Hide',
    revealed_title: 'Medical information',
    empty: 'No medical information recorded',
  },
  notifications: {
    created: 'Data subject added',
    updated: 'Correction saved',
    version_conflict:
      'Another staff member changed this record. The current values are shown — please make your changes again',
  },
};
