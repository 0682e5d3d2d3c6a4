import type * as ru from '../ru/consents';
import type { SameKeys } from '../sameKeys';

export const consents: SameKeys<typeof ru.consents> = {
  name: 'Consent |||| Consents',
  page: {
    show: 'Consent No. %{recordRepresentation}',
    create: 'Record a paper consent',
  },
  empty: 'No consents',
  fields: {
    id: 'No.',
    subject_id: 'Data subject',
    purpose: 'Purpose',
    consent_form_id: 'Consent form',
    form_version: 'Form version',
    form_sha256: 'SHA-256 of the form text',
    policy_version_id: 'Policy version',
    policy_version: 'Policy version',
    given_at: 'Date of consent',
    channel: 'Given via',
    representative_name: 'Legal representative (full name)',
    representative_document: 'Document of authority',
    submission_id: 'Website submission',
    ip: 'IP address',
    user_agent: 'Browser (User-Agent)',
    recorded_by_login: 'Recorded by',
    status: 'Status',
    withdrawn_at: 'Withdrawn on',
    withdrawal_basis: 'Basis of withdrawal',
    created_at: 'Record created',
  },
  purpose: {
    medical_services: 'Medical services',
    marketing: 'Marketing messages',
    health_data: 'Health data',
  },
  channel: {
    website: 'Website',
    paper: 'Paper form',
    representative: 'Legal representative',
  },
  status: {
    active: 'Active',
    withdrawn: 'Withdrawn',
  },
  sections: {
    consent: 'Consent',
    evidence: 'Evidence',
    representative: 'Legal representative',
    withdrawal: 'Withdrawal',
  },
  actions: {
    register_paper: 'Record a paper consent',
    withdraw: 'Withdraw',
  },
  withdraw: {
    title: 'Withdraw the consent to marketing messages',
    text: 'The subject leaves the marketing list at once. The withdrawal is recorded in the audit log with its basis.',
    basis: 'Basis of withdrawal',
    basis_hint: "E.g. “subject's application of 12.03.2025”",
    confirm: 'Withdraw consent',
  },
  helpers: {
    consent_form: 'Published forms only',
    given_at: 'The date on the paper consent',
    representative_document: 'E.g. “birth certificate II-МЮ No. 123456”',
  },
  immutable: 'A consent cannot be edited or deleted — only withdrawn, and a new one recorded.',
  notifications: {
    created: 'Consent recorded',
    withdrawn: 'Consent withdrawn',
  },
};
