import type { Identifier } from 'react-admin';
import type { IncidentNoticeKind } from '../types';
import { noticePath } from './incidentsApi';

/** The print view of a notice: a route of the incidents resource (/incidents/:id/print/notice-24h, …/results-72h). */
export const INCIDENT_PRINT_ROUTE = ':id/print/:notice';

export const incidentPrintPath = (id: Identifier, kind: IncidentNoticeKind) =>
  `/incidents/${encodeURIComponent(String(id))}/print/${noticePath(kind)}`;

/** The kind a print route names, or null for any other path. */
export const noticeKindOf = (segment: string | undefined): IncidentNoticeKind | null =>
  segment === 'notice-24h' ? 'notice_24h' : segment === 'results-72h' ? 'results_72h' : null;
