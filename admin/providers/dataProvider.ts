// simpleRestProvider for CRUD plus the actions that are not CRUD. The custom methods go
// through react-admin's useDataProvider, so their 401/403 reach authProvider.checkError too.
import simpleRestProvider from 'ra-data-simple-rest';
import { HttpError, type DataProvider, type Identifier } from 'react-admin';
import type {
  Attachment,
  CalendarYear,
  Consent,
  DocumentResource,
  IdentificationMethod,
  IdentityDocumentType,
  LetterDetail,
  PolicyDocument,
  Purpose,
  RejectCategory,
  Statistics,
  Subject,
  Submission,
  TakeableField,
  UnblockResult,
} from '../types';
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
  /** The letter's attachments (names, types, sizes, hashes; no bytes). */
  getLetterAttachments: (id: Identifier) => Promise<Attachment[]>;
  /** One attachment's bytes (an audited download). */
  downloadLetterAttachment: (letterId: Identifier, attachmentId: Identifier) => Promise<DownloadedFile>;
  /** Ends the check of a correction letter: its term closes, the block is lifted unless another letter holds it. */
  unblockSubject: (id: Identifier, body: { letter_id: number; reason: string }) => Promise<UnblockResult>;
  /** The years of the production calendar and whether each is covered. */
  getCalendarYears: () => Promise<CalendarYear[]>;
  /** Enters a year's decree (or corrects its basis): terms across the year are then counted on its days. */
  putCalendarYear: (year: number, body: Pick<CalendarYear, 'status' | 'basis'>) => Promise<CalendarYear>;
}

/** Resources with file fields (FileUploadInput) and where their files go. */
const UPLOAD_FIELDS: UploadConfig = {
  // The scanned letter, its envelope, a copy of an identity document: each sealed under the letter's own key.
  letters: { field: 'attachments', endpoint: (id) => `${API}/letters/${idPath(id)}/attachments` },
};

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

    downloadCsv: (path) => fetchFile(path, 'text/csv', 'export.csv'),

    identifyLetter: (id, body) => postJson(`/letters/${idPath(id)}/identify`, body),

    moveLetter: (id, transition, body) => postJson(`/letters/${idPath(id)}/${transition}`, body),

    getLetterAttachments: (id) => getJson(`/letters/${idPath(id)}/attachments`),

    downloadLetterAttachment: (letterId, attachmentId) =>
      fetchFile(
        `/letters/${idPath(letterId)}/attachments/${idPath(attachmentId)}`,
        '*/*',
        `attachment-${attachmentId}`,
      ),

    unblockSubject: (id, body) => postJson(`/subjects/${idPath(id)}/unblock`, body),

    getCalendarYears: () => getJson('/calendar/years'),

    putCalendarYear: (year, body) => putJson(`/calendar/years/${year}`, body),
  },
  UPLOAD_FIELDS,
);
