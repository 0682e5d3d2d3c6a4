// The incident's actions that are not CRUD (its transitions, links, printed notices and evidence). They live beside
// the screens until they join PdDataProvider (admin/providers/dataProvider.ts, not this folder's file); useIncidentAction
// passes their 401/403 to authProvider.checkError as the data provider's own methods are.
import { HttpError, type Identifier } from 'react-admin';
import { httpClient } from '../providers/httpClient';
import { localizeHttpError } from '../providers/serverErrors';
import type {
  IncidentDetail,
  IncidentEvidence,
  IncidentEvidenceEntry,
  IncidentNoticeKind,
  IncidentNoticePrintable,
} from '../types';

const API = '/api/incidents';
const idPath = (id: Identifier) => encodeURIComponent(String(id));

const postJson = <T>(path: string, body: unknown): Promise<T> =>
  httpClient(`${API}${path}`, { method: 'POST', body: JSON.stringify(body) }).then(({ json }) => json as T);
const getJson = <T>(path: string): Promise<T> => httpClient(`${API}${path}`).then(({ json }) => json as T);

/** The notices' addresses: notice_24h → notice-24h, results_72h → results-72h. */
export const noticePath = (kind: IncidentNoticeKind) => (kind === 'notice_24h' ? 'notice-24h' : 'results-72h');

export interface NotifyBody {
  sent_at: string;
  reference: string;
}
export interface ReportResultsBody extends NotifyBody {
  results: string;
}
export interface CloseBody {
  root_cause: string;
  remediation: string;
}

/** The window of the log to look through: instants (ISO), and optionally one staff member's every action. */
export interface EvidenceWindow {
  from: string;
  to: string;
  actor_id?: number | null;
}
export interface EvidenceList {
  entries: IncidentEvidenceEntry[];
  total: number;
  truncated: boolean;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** The CSV files go through the data provider's downloadCsv, which takes a path under /api. */
export const evidenceCsvPath = (id: Identifier, window: EvidenceWindow) =>
  `/incidents/${idPath(id)}/evidence.csv?${windowQuery(window)}`;
export const attachedEvidencePath = (id: Identifier, evidenceId: Identifier) =>
  `/incidents/${idPath(id)}/evidence/${idPath(evidenceId)}.csv`;

export const windowQuery = ({ from, to, actor_id }: EvidenceWindow) =>
  new URLSearchParams({ from, to, ...(actor_id ? { actor_id: String(actor_id) } : {}) }).toString();

export const incidentsApi = {
  notify: (id: Identifier, body: NotifyBody) => postJson<IncidentDetail>(`/${idPath(id)}/notify`, body),
  reportResults: (id: Identifier, body: ReportResultsBody) =>
    postJson<IncidentDetail>(`/${idPath(id)}/report-results`, body),
  close: (id: Identifier, body: CloseBody) => postJson<IncidentDetail>(`/${idPath(id)}/close`, body),
  linkSubjects: (id: Identifier, subjectIds: number[]) =>
    postJson<IncidentDetail>(`/${idPath(id)}/subjects`, { subject_ids: subjectIds }),
  /** The notice as the print view shows it: each call drafts it anew from the record. */
  getNotice: (id: Identifier, kind: IncidentNoticeKind) =>
    getJson<IncidentNoticePrintable>(`/${idPath(id)}/${noticePath(kind)}`),
  /** The notice's PDF: an audited printing whose text and SHA-256 the server keeps. */
  downloadNoticePdf: (id: Identifier, kind: IncidentNoticeKind) =>
    fetchFile(`/${idPath(id)}/${noticePath(kind)}.pdf`, 'application/pdf', `${noticePath(kind)}-${id}.pdf`),
  /** The audit entries that could explain the incident in a window (an audited read). */
  listEvidence: (id: Identifier, window: EvidenceWindow) =>
    getJson<EvidenceList>(`/${idPath(id)}/evidence?${windowQuery(window)}`),
  attachEvidence: (id: Identifier, window: EvidenceWindow) =>
    postJson<IncidentEvidence>(`/${idPath(id)}/evidence`, {
      from: window.from,
      to: window.to,
      ...(window.actor_id ? { actor_id: window.actor_id } : {}),
    }),
};

/**
 * A PDF as bytes (httpClient decodes bodies as text, which breaks a PDF), as the data provider's own fetchFile does;
 * it goes once the notice's PDF joins PdDataProvider. A GET needs no CSRF token; the cookie goes with credentials.
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
