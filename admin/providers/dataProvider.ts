// simpleRestProvider for CRUD plus the actions that are not CRUD. The custom methods go
// through react-admin's useDataProvider, so their 401/403 reach authProvider.checkError too.
import simpleRestProvider from 'ra-data-simple-rest';
import { HttpError, type DataProvider, type Identifier } from 'react-admin';
import type {
  AccessReport,
  BulkProposalResult,
  DestructionPlanItem,
  DestructionPreview,
  DestructionReason,
  DestructionRecord,
  SubmissionDestructionDetail,
  Attachment,
  CalendarYear,
  Consent,
  DisclosureCategory,
  DisclosureChannel,
  DisclosureDetail,
  DocumentResource,
  IdentificationMethod,
  IdentityDocumentType,
  LetterDetail,
  OperatorSettings,
  PolicyDocument,
  PrintableDocument,
  Purpose,
  RejectCategory,
  Reply,
  ReplyChannel,
  Statistics,
  Subject,
  Submission,
  TakeableField,
  UnblockResult,
} from '../types';
import type { AuditPublicKey, CheckpointDetail } from '../types';
import type { AuditFlagDetail, AuditFlagScan } from '../types';
import type { AuditExportFormat, AuditVerification } from '../types';
import { streamedDownload, type DownloadProgress } from './streamedDownload';
import type { ComplianceDashboard, StaffActivityReport, SubjectTimeline } from '../types';
import type {
  IncidentDetail,
  IncidentEvidence,
  IncidentEvidenceEntry,
  IncidentNoticeKind,
  IncidentNoticePrintable,
} from '../types';
import { noticePath, windowQuery } from '../incidents/paths';
import { httpClient } from './httpClient';
import { localizeHttpError } from './serverErrors';
import { updateSession } from './session';
import { withUploads, type UploadConfig } from './withUploads';

const API = '/api';

const postJson = (path: string, body?: unknown) =>
  httpClient(`${API}${path}`, {
    method: 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then(({ json }) => json);

const putJson = (path: string, body: unknown) =>
  httpClient(`${API}${path}`, { method: 'PUT', body: JSON.stringify(body) }).then(({ json }) => json);

const getJson = (path: string) => httpClient(`${API}${path}`).then(({ json }) => json);

const idPath = (id: Identifier) => encodeURIComponent(String(id));

/** What a decision on a submission answers: the closed submission and the subject it went to. */
export interface SubmissionDecision {
  submission: Submission;
  subject: Subject;
}

export interface CsvFile {
  blob: Blob;
  filename: string;
}

/** A file as the server sent it (a CSV export, a letter's attachment), with the name its Content-Disposition gives. */
export type DownloadedFile = CsvFile;

/** POST /api/letters/:id/identify: who the sender is, and how that was established. */
export interface IdentifyLetterBody {
  subject_id: number;
  method: IdentificationMethod;
  note: string;
  /** With `identity_document` only. */
  document_type?: IdentityDocumentType;
  document_number?: string;
  /** With `matching_fields` only: the fields that agree. */
  fields_matched?: TakeableField[];
  /** A withdrawal that names some purposes only; absent, every active consent is withdrawn. */
  purposes?: Purpose[];
  /** The version the operator saw (409 version_conflict if the letter changed since). */
  version?: number;
}

/** The transitions of a letter other than identify, by the dashed name of their endpoint, and their bodies. */
export interface LetterTransitionBodies {
  'request-details': { note: string; version?: number };
  extend: { reason: string; version?: number };
  reject: { reason: string; version?: number };
  'mark-answered': { out_number: string; sent_on: string; version?: number };
  close: { version?: number };
}

/** The steps of a request from an authority (POST /api/disclosures/:id/<step>) and their bodies. */
export interface DisclosureStepBodies {
  approve: { categories: DisclosureCategory[]; comment: string | null; version?: number };
  refuse: { comment: string; version?: number };
  disclose: {
    disclosed_on: string;
    channel: DisclosureChannel;
    reference: string | null;
    disclosed_content: string;
    version?: number;
  };
}

/** The steps of an incident (POST /api/incidents/:id/<step>) and their bodies; sent_at is an instant (ISO). */
export interface IncidentStepBodies {
  notify: { sent_at: string; reference: string };
  'report-results': { sent_at: string; reference: string; results: string };
  close: { root_cause: string; remediation: string };
}

/** The window of the log to look through for an incident: instants (ISO), and optionally one staff member. */
export interface EvidenceWindow {
  from: string;
  to: string;
  actor_id?: number | null;
}

/** GET /api/incidents/:id/evidence: at most INCIDENT_EVIDENCE_LIST_MAX entries, then `truncated`. */
export interface EvidenceList {
  entries: IncidentEvidenceEntry[];
  total: number;
  truncated: boolean;
}

/** POST /api/destructions/bulk: the same proposal for each subject (each is then decided on its own). */
export interface BulkProposalBody {
  subject_ids: number[];
  reason: DestructionReason;
  reason_text: string;
  plan: DestructionPlanItem[];
}

/** The resources whose records have files (the one upload path's owners). */
export type AttachmentOwner = 'letters' | 'disclosures';

/** A file as FileUploadInput gives it, not yet sent. */
export interface PickedFile {
  rawFile: File;
  title?: string;
}

export interface PdDataProvider extends DataProvider {
  /** An audited read: the server records who read the medical information and why. */
  revealMedicalInfo: (id: Identifier, reason: string) => Promise<{ medical_info: string | null }>;
  resetStaffPassword: (id: Identifier) => Promise<{ temporary_password: string }>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<{ ok: true; csrfToken: string }>;
  /** The number of submissions waiting in the review queue (for the menu badge). */
  getPendingSubmissionsCount: () => Promise<{ count: number }>;
  /** Links a submission to a subject, taking the chosen fields as a correction (409 if the subject changed). */
  linkSubmission: (
    id: Identifier,
    body: { subject_id: number; subject_version: number; take: TakeableField[] },
  ) => Promise<SubmissionDecision>;
  createSubjectFromSubmission: (id: Identifier) => Promise<SubmissionDecision>;
  rejectSubmission: (
    id: Identifier,
    body: { category: RejectCategory; reason: string },
  ) => Promise<{ submission: Submission }>;
  /** Only a marketing consent is withdrawn here (38-FZ art. 18). */
  withdrawConsent: (id: Identifier, basis: string) => Promise<Consent>;
  publishDocument: (resource: DocumentResource, id: Identifier) => Promise<PolicyDocument>;
  /** An audited run of the anonymized statistics. */
  getStatistics: () => Promise<Statistics>;
  /** The compliance dashboard: the last 30 Moscow days of the log in counts, and the chain's status. */
  getAuditDashboard: () => Promise<ComplianceDashboard>;
  /** An audited report of everything one staff member did in a period of Moscow days (YYYY-MM-DD, both included). */
  getStaffActivity: (query: { actor_login: string; from: string; to: string }) => Promise<StaffActivityReport>;
  /** Everything done to one subject, oldest first, by kind (an audited read of the log's clear parts). */
  getSubjectTimeline: (subjectId: number) => Promise<SubjectTimeline>;
  /** An audited CSV export, e.g. "/marketing-list?format=csv", as the server sent it (with its BOM). */
  downloadCsv: (path: string) => Promise<CsvFile>;
  /** Links a letter to its sender's subject: blocks, withdraws and attaches the terms as its kind says (one transaction). */
  identifyLetter: (id: Identifier, body: IdentifyLetterBody) => Promise<LetterDetail>;
  /** Any other transition of a letter (request-details, extend, reject, mark-answered, close). */
  moveLetter: <T extends keyof LetterTransitionBodies>(
    id: Identifier,
    transition: T,
    body: LetterTransitionBodies[T],
  ) => Promise<LetterDetail>;
  /** A record's attachments (names, types, sizes, hashes; no bytes). */
  getAttachments: (owner: AttachmentOwner, id: Identifier) => Promise<Attachment[]>;
  /** One attachment's bytes (an audited download). */
  downloadAttachment: (owner: AttachmentOwner, id: Identifier, attachmentId: Identifier) => Promise<DownloadedFile>;
  /** Ends the check of a correction letter: its term closes, the block is lifted unless another letter holds it. */
  unblockSubject: (id: Identifier, body: { letter_id: number; reason: string }) => Promise<UnblockResult>;
  /** An audited generation of the subject's access report; with a reason, the medical information is in it too. */
  getAccessReport: (id: Identifier, medicalReason?: string) => Promise<AccessReport>;
  /** The same report as a PDF (generated, and audited, anew). */
  downloadAccessReportPdf: (id: Identifier, medicalReason?: string) => Promise<DownloadedFile>;
  /** The years of the production calendar and whether each is covered. */
  getCalendarYears: () => Promise<CalendarYear[]>;
  /** Enters a year's decree (or corrects its basis): terms across the year are then counted on its days. */
  putCalendarYear: (year: number, body: Pick<CalendarYear, 'status' | 'basis'>) => Promise<CalendarYear>;
  /** Sends a draft reply: numbered, frozen, and the letter answered (or its term extended) in one transaction. */
  sendReply: (
    id: Identifier,
    body: { sent_on: string; channel: ReplyChannel; tracking: string | null; version?: number },
  ) => Promise<Reply>;
  /** The reply (and the report it encloses) as printed: an audited generation. */
  getReplyPrintable: (id: Identifier) => Promise<PrintableDocument[]>;
  /** The reply as a PDF: an audited generation. */
  downloadReplyPdf: (id: Identifier) => Promise<DownloadedFile>;
  /** The operator's details (one record, no id). */
  getSettings: () => Promise<OperatorSettings>;
  /** Saves them with the version read (409 version_conflict with the current record if it changed since). */
  putSettings: (body: OperatorSettings) => Promise<OperatorSettings>;
  /** What destroying each category of a subject's data would remove now (shown before proposing). */
  getDestructionPreview: (subjectId: Identifier) => Promise<DestructionPreview>;
  /** A compliance officer's decision on a proposal; approval executes the destruction and draws up the act. */
  decideDestruction: (
    id: Identifier,
    decision: 'approve' | 'reject',
    body: { comment: string },
  ) => Promise<DestructionRecord>;
  /** One proposal per subject (destruction candidates), each decided on its own. */
  proposeDestructions: (body: BulkProposalBody) => Promise<BulkProposalResult>;
  /** A compliance officer's decision on a batch of rejected submissions; approval destroys them and draws up the act. */
  decideSubmissionDestruction: (
    id: Identifier,
    decision: 'approve' | 'reject',
    body: { comment: string },
  ) => Promise<SubmissionDestructionDetail>;
  /** The act or its log extract as a PDF: an audited print. */
  downloadDestructionActPdf: (id: Identifier, document: 'act' | 'extract') => Promise<DownloadedFile>;
  /** A step of a request from an authority: approve, refuse (compliance), disclose (an operator). */
  moveDisclosure: <T extends keyof DisclosureStepBodies>(
    id: Identifier,
    step: T,
    body: DisclosureStepBodies[T],
  ) => Promise<DisclosureDetail>;
  /** Files added to a registered request (the copy of the answer), one request a file. */
  attachDisclosureFiles: (id: Identifier, files: PickedFile[]) => Promise<unknown>;
  /** Signs the head of the audit chain now (compliance): the checkpoint, with the text signed. */
  signCheckpoint: () => Promise<CheckpointDetail>;
  /** The key that checks the checkpoints, with its fingerprint, for auditors to write down. */
  getAuditPublicKey: () => Promise<AuditPublicKey>;
  /** An audited export of the log for a filter (JSONL to verify offline, CSV for people), with its progress. */
  downloadAuditExport: (
    format: AuditExportFormat,
    filter: Record<string, unknown>,
    reason: string,
    onProgress: (progress: DownloadProgress) => void,
  ) => Promise<DownloadedFile>;
  /** Starts a verification of the whole live log (compliance), or joins the one running. */
  startAuditVerification: () => Promise<AuditVerification>;
  /** A verification's progress, then its result. */
  getAuditVerification: (id: string) => Promise<AuditVerification>;
  /** Marks a flag reviewed with the officer's comment (compliance; 409 if reviewed already). */
  reviewAuditFlag: (id: Identifier, comment: string) => Promise<AuditFlagDetail>;
  /** How many flags wait for a review, for the menu's badge. */
  getUnreviewedAuditFlagsCount: () => Promise<{ count: number }>;
  /** Scans the log's new entries for flags now (the server also does it every few minutes). */
  scanAuditFlags: () => Promise<AuditFlagScan>;
  /** POST /api/incidents/:id/<step>: the incident as it now is. */
  moveIncident: <T extends keyof IncidentStepBodies>(
    id: Identifier,
    step: T,
    body: IncidentStepBodies[T],
  ) => Promise<IncidentDetail>;
  /** POST /api/incidents/:id/subjects (idempotent): the incident as it now is. */
  linkIncidentSubjects: (id: Identifier, subjectIds: number[]) => Promise<IncidentDetail>;
  /** The notice as the print view shows it: each call drafts it anew from the record (an audited view). */
  getIncidentNotice: (id: Identifier, kind: IncidentNoticeKind) => Promise<IncidentNoticePrintable>;
  /** The notice's PDF: an audited printing whose text and SHA-256 the server keeps. */
  downloadIncidentNoticePdf: (id: Identifier, kind: IncidentNoticeKind) => Promise<DownloadedFile>;
  /** The audit entries that could explain the incident in a window (an audited read). */
  listIncidentEvidence: (id: Identifier, window: EvidenceWindow) => Promise<EvidenceList>;
  /** Freezes the window's entries as evidence attached to the incident. */
  attachIncidentEvidence: (id: Identifier, window: EvidenceWindow) => Promise<IncidentEvidence>;
}

/** Resources with file fields (FileUploadInput) and where their files go. */
const UPLOAD_FIELDS: UploadConfig = {
  // The scanned letter, its envelope, a copy of an identity document: each sealed under the letter's own key.
  letters: { field: 'attachments', endpoint: (id) => `${API}/letters/${idPath(id)}/attachments` },
  // The request's scan and the copy of the answer, sealed under the request's own key.
  disclosures: { field: 'attachments', endpoint: (id) => `${API}/disclosures/${idPath(id)}/attachments` },
};

/**
 * Files added to a request already registered: the same upload path as a create's files, over a record that is not
 * saved again (a request is never edited, PUT answers 405).
 */
const disclosureFiles = withUploads(
  {
    update: (_resource: string, params: { id: Identifier }) => Promise.resolve({ data: { id: params.id } }),
  } as unknown as DataProvider,
  { disclosures: UPLOAD_FIELDS.disclosures },
);

/**
 * A GET whose answer is a file. Not through httpClient: that one decodes the body as text, which would drop a CSV's
 * BOM (Excel needs it to read Cyrillic) and break a PDF. A GET needs no CSRF token; the cookie goes with credentials.
 */
const fetchFile = async (path: string, accept: string, fallbackName: string): Promise<DownloadedFile> => {
  const response = await fetch(`${API}${path}`, { credentials: 'include', headers: { Accept: accept } });
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    const message = (body as { message?: string } | null)?.message || response.statusText;
    throw localizeHttpError(new HttpError(message, response.status, body));
  }
  return {
    blob: await response.blob(),
    filename: fileNameOf(response.headers.get('Content-Disposition') ?? '', fallbackName),
  };
};

/** The access report's query: the medical information ticked in, with its reason, or nothing. */
const medicalQuery = (reason: string | undefined) =>
  reason === undefined ? '' : `?${new URLSearchParams({ include_medical: 'true', reason }).toString()}`;

/** The name of Content-Disposition: filename*=UTF-8''… (a Cyrillic name) if given, else filename="…". */
const fileNameOf = (disposition: string, fallback: string): string => {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallback;
};

export const dataProvider: PdDataProvider = withUploads<PdDataProvider>(
  {
    ...simpleRestProvider(API, httpClient),

    revealMedicalInfo: (id, reason) => postJson(`/subjects/${encodeURIComponent(String(id))}/medical-info`, { reason }),

    resetStaffPassword: (id) => postJson(`/staff/${encodeURIComponent(String(id))}/reset-password`),

    changePassword: async (currentPassword, newPassword) => {
      const result = await postJson('/auth/password', { currentPassword, newPassword });
      // The server rotates the session on a password change: keep using the new token.
      updateSession({ csrfToken: result.csrfToken, must_change_password: false });
      return result;
    },

    getPendingSubmissionsCount: () => getJson('/submissions/pending-count'),

    linkSubmission: (id, body) => postJson(`/submissions/${idPath(id)}/link`, body),

    createSubjectFromSubmission: (id) => postJson(`/submissions/${idPath(id)}/create-subject`, {}),

    rejectSubmission: (id, body) => postJson(`/submissions/${idPath(id)}/reject`, body),

    withdrawConsent: (id, basis) => postJson(`/consents/${idPath(id)}/withdraw`, { basis }),

    publishDocument: (resource, id) => postJson(`/${resource}/${idPath(id)}/publish`, {}),

    getStatistics: () => getJson('/statistics'),

    getAuditDashboard: () => getJson('/audit-log/reports/dashboard'),

    getStaffActivity: (query) =>
      getJson(`/audit-log/reports/staff-activity?${new URLSearchParams({ ...query }).toString()}`),

    getSubjectTimeline: (subjectId) => getJson(`/audit-log/reports/subject-timeline?subject_id=${subjectId}`),

    downloadCsv: (path) => fetchFile(path, 'text/csv', 'export.csv'),

    identifyLetter: (id, body) => postJson(`/letters/${idPath(id)}/identify`, body),

    moveLetter: (id, transition, body) => postJson(`/letters/${idPath(id)}/${transition}`, body),

    getAttachments: (owner, id) => getJson(`/${owner}/${idPath(id)}/attachments`),

    downloadAttachment: (owner, id, attachmentId) =>
      fetchFile(`/${owner}/${idPath(id)}/attachments/${idPath(attachmentId)}`, '*/*', `attachment-${attachmentId}`),

    unblockSubject: (id, body) => postJson(`/subjects/${idPath(id)}/unblock`, body),

    getAccessReport: (id, medicalReason) =>
      getJson(`/subjects/${idPath(id)}/access-report${medicalQuery(medicalReason)}`),

    downloadAccessReportPdf: (id, medicalReason) =>
      fetchFile(
        `/subjects/${idPath(id)}/access-report.pdf${medicalQuery(medicalReason)}`,
        'application/pdf',
        `access-report-${id}.pdf`,
      ),

    getCalendarYears: () => getJson('/calendar/years'),

    putCalendarYear: (year, body) => putJson(`/calendar/years/${year}`, body),

    sendReply: (id, body) => postJson(`/replies/${idPath(id)}/send`, body),

    getReplyPrintable: (id) => getJson(`/replies/${idPath(id)}/printable`),

    downloadReplyPdf: (id) => fetchFile(`/replies/${idPath(id)}/pdf`, 'application/pdf', `reply-${id}.pdf`),

    getSettings: () => getJson('/settings'),

    putSettings: (body) => putJson('/settings', body),

    moveDisclosure: (id, step, body) => postJson(`/disclosures/${idPath(id)}/${step}`, body),

    getDestructionPreview: (subjectId) =>
      getJson(`/destructions/preview?${new URLSearchParams({ subject_id: String(subjectId) }).toString()}`),

    decideDestruction: (id, decision, body) => postJson(`/destructions/${idPath(id)}/${decision}`, body),

    proposeDestructions: (body) => postJson('/destructions/bulk', body),

    decideSubmissionDestruction: (id, decision, body) =>
      postJson(`/submission-destructions/${idPath(id)}/${decision}`, body),

    downloadDestructionActPdf: (id, document) =>
      fetchFile(
        `/destruction-acts/${idPath(id)}/${document === 'act' ? 'pdf' : 'extract.pdf'}`,
        'application/pdf',
        `${document === 'act' ? 'act' : 'extract'}-${id}.pdf`,
      ),

    attachDisclosureFiles: (id, files) =>
      disclosureFiles.update('disclosures', { id, data: { attachments: files }, previousData: { id } }),

    signCheckpoint: () => postJson('/checkpoints'),

    getAuditPublicKey: () => getJson('/audit-log/public-key'),

    downloadAuditExport: (format, filter, reason, onProgress) =>
      streamedDownload(
        `${API}/audit-log/export?${new URLSearchParams({ format, filter: JSON.stringify(filter), reason }).toString()}`,
        `audit-log.${format}`,
        onProgress,
      ),

    startAuditVerification: () => postJson('/audit-log/verify'),

    getAuditVerification: (id) => getJson(`/audit-log/verify/${encodeURIComponent(id)}`),

    reviewAuditFlag: (id, comment) => postJson(`/audit-flags/${idPath(id)}/review`, { comment }),

    getUnreviewedAuditFlagsCount: () => getJson('/audit-flags/unreviewed-count'),

    scanAuditFlags: () => postJson('/audit-flags/scan', {}),

    moveIncident: (id, step, body) => postJson(`/incidents/${idPath(id)}/${step}`, body),

    linkIncidentSubjects: (id, subjectIds) =>
      postJson(`/incidents/${idPath(id)}/subjects`, { subject_ids: subjectIds }),

    getIncidentNotice: (id, kind) => getJson(`/incidents/${idPath(id)}/${noticePath(kind)}`),

    downloadIncidentNoticePdf: (id, kind) =>
      fetchFile(`/incidents/${idPath(id)}/${noticePath(kind)}.pdf`, 'application/pdf', `${noticePath(kind)}-${id}.pdf`),

    listIncidentEvidence: (id, window) => getJson(`/incidents/${idPath(id)}/evidence?${windowQuery(window)}`),

    attachIncidentEvidence: (id, { from, to, actor_id }) =>
      postJson(`/incidents/${idPath(id)}/evidence`, { from, to, ...(actor_id ? { actor_id } : {}) }),
  },
  UPLOAD_FIELDS,
);
