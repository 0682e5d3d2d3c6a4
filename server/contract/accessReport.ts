// The access report («Сведения об обработке персональных данных», 152-FZ art. 14 p.7). Owned by server/accessReport/.
import type {
  ConsentChannel,
  ConsentStatus,
  LetterKind,
  LetterStatus,
  Purpose,
  Service,
  SubjectStatus,
  SubmissionStatus,
} from './domain.js';
import type { DisclosureCategory, DisclosureChannel } from './disclosures.js';
import type { PrintableDocument } from './printing.js';
import type { SubjectFields } from './records.js';
import type { OperatorSettings } from './settings.js';

/** The sections every report has, in the order it prints them (art. 14 p.7 items 1–10). */
export const ACCESS_REPORT_SECTIONS = [
  'confirmation',
  'purposes',
  'personal_data',
  'consents',
  'submissions',
  'letters',
  'recipients',
  'retention',
  'rights',
  'operator',
] as const;
export type AccessReportSection = (typeof ACCESS_REPORT_SECTIONS)[number];

/**
 * Where a value came from, as far as the records tell: a website submission, a letter of the person (paper), or staff
 * (entered or corrected by hand, the exact document not recorded).
 */
export type FieldSourceKind = 'website' | 'letter' | 'staff';

export interface AccessReportField {
  field: keyof SubjectFields;
  /** As stored: dates YYYY-MM-DD, phones +7XXXXXXXXXX, sex male/female. */
  value: string;
  source: FieldSourceKind;
  /** The clinic's day the value was entered or last corrected, YYYY-MM-DD. */
  source_date: string;
  /** The website service of the submission it came from. */
  service: Service | null;
  /** The submission's receipt number or the letter's incoming number. */
  reference: string | null;
}

export interface AccessReportPurpose {
  /** Purposes of clause 3.2 of the policy, in its words. */
  purposes: string[];
  legal_basis: string;
  /** The consent this processing rests on; null when it rests on the law alone. */
  consent_purpose: Purpose | null;
  /** The person's consent for it now: in force, withdrawn, never given, or not needed. */
  state: 'active' | 'withdrawn' | 'none' | 'not_required';
}

export interface AccessReportConsent {
  id: number;
  purpose: Purpose;
  form_title: string;
  form_version: string;
  policy_version: string | null;
  /** ISO instant */
  given_at: string;
  channel: ConsentChannel;
  status: ConsentStatus;
  withdrawn_at: string | null;
  withdrawal_basis: string | null;
}

/** A website submission linked to this person: what, when, how decided (its content is not repeated). */
export interface AccessReportSubmission {
  receipt_id: string;
  service: Service;
  received_at: string;
  status: SubmissionStatus;
  decided_at: string | null;
}

/** A letter of this person: the register's entry only (the correspondence itself is not reproduced). */
export interface AccessReportLetter {
  reg_number: string;
  kind: LetterKind;
  received_on: string;
  status: LetterStatus;
  answered_on: string | null;
  answered_out_number: string | null;
}

/** A disclosure to an authority (clause 4.5 of the policy). */
export interface AccessReportDisclosure {
  body_name: string;
  document_number: string;
  /** YYYY-MM-DD */
  document_date: string;
  legal_basis: string;
  categories: DisclosureCategory[];
  /** YYYY-MM-DD */
  disclosed_on: string;
  channel: DisclosureChannel;
}

export interface AccessReportProcessor {
  name: string;
  address: string | null;
  activity: string;
}

export interface AccessReportTerm {
  what: string;
  period: string;
  basis: string;
}

export interface AccessReportRight {
  right: string;
  how: string;
  basis: string;
}

/** GET /api/subjects/:id/access-report: one audited generation. */
export interface AccessReport {
  subject_id: number;
  /** ISO instant */
  generated_at: string;
  subject_status: SubjectStatus;
  sections: AccessReportSection[];
  confirmation: {
    processed: boolean;
    /** ISO instant the subject's record was made. */
    since: string;
    text: string;
    /** How the data is processed (art. 14 p.7 item 3) and how it is protected (item 10, art. 18.1). */
    methods: string;
    safeguards: string;
  };
  purposes: AccessReportPurpose[];
  /** Empty once the data is destroyed. */
  personal_data: AccessReportField[];
  /** Врачебная тайна: held or not; its text only when the operator included it with a reason. */
  medical: { held: boolean; included: boolean; text: string | null };
  consents: AccessReportConsent[];
  submissions: AccessReportSubmission[];
  letters: AccessReportLetter[];
  recipients: { disclosures: AccessReportDisclosure[]; processors: AccessReportProcessor[]; transfers: string[] };
  retention: AccessReportTerm[];
  rights: AccessReportRight[];
  operator: Pick<
    OperatorSettings,
    | 'operator_name'
    | 'legal_address'
    | 'postal_address'
    | 'email'
    | 'website'
    | 'inn'
    | 'ogrn'
    | 'responsible_name'
    | 'responsible_position'
  >;
  /** The same content as the PDF, for the SPA's print view. */
  printable: PrintableDocument;
}
