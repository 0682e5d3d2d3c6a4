// simpleRestProvider for CRUD plus the actions that are not CRUD. The custom methods go
// through react-admin's useDataProvider, so their 401/403 reach authProvider.checkError too.
import simpleRestProvider from 'ra-data-simple-rest';
import { HttpError, type DataProvider, type Identifier } from 'react-admin';
import type {
  Consent,
  DocumentResource,
  PolicyDocument,
  RejectCategory,
  Statistics,
  Subject,
  Submission,
  TakeableField,
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
}

/** Resources with file fields (FileUploadInput) and where their files go; none yet, letters will be the first. */
const UPLOAD_FIELDS: UploadConfig = {};

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

    // Not through httpClient: that one decodes the body as text, which would drop the BOM
    // Excel needs to read Cyrillic. A GET needs no CSRF token; the cookie goes with credentials.
    downloadCsv: async (path) => {
      const response = await fetch(`${API}${path}`, { credentials: 'include', headers: { Accept: 'text/csv' } });
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
      const disposition = response.headers.get('Content-Disposition') ?? '';
      const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'export.csv';
      return { blob: await response.blob(), filename };
    },
  },
  UPLOAD_FIELDS,
);
