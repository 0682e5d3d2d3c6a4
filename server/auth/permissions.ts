/** The one role matrix (roles and permission names are the contract's). The SPA receives a role's list and hides what it may not do; the server enforces it. */
import type { Permission, Role } from '../contract/index.js';

const READ_DOCUMENTS: Permission[] = ['policies.list', 'policies.show', 'consent-forms.list', 'consent-forms.show'];
// Everyone signed in reads the production calendar and the deadline items (ids and dates, no personal values);
// only the administrator changes the calendar.
const READ_CALENDAR_AND_DEADLINES: Permission[] = [
  'calendar.list',
  'calendar.show',
  'deadlines.list',
  'deadlines.show',
  // The names of who works a letter or a term (id, name, role; no login).
  'assignees.list',
];

// The letters carry personal data: operators work them, compliance reads them (and their attachments), the
// administrator does not see them.
const READ_LETTERS: Permission[] = ['letters.list', 'letters.show'];

// The replies and the authorities' requests carry personal data as the letters do: operators work them, compliance
// reads them (and decides the requests), the administrator does not see them. Everyone reads the operator's details.
const READ_REPLIES_AND_DISCLOSURES: Permission[] = [
  'replies.list',
  'replies.show',
  'disclosures.list',
  'disclosures.show',
];

// Personal-data incidents (152-FZ art. 21 p.3.1) are the compliance officer's to run, and the administrator's too (a
// breach is often found on the systems side, and the clock may not wait for the one officer). Operators never see
// an incident, nor its deadline items: the register names who was exposed and who caused it.
const RUN_INCIDENTS: Permission[] = [
  'incidents.list',
  'incidents.show',
  'incidents.create',
  'incidents.edit',
  'incidents.process',
  'incidents.evidence',
];

const MATRIX: Record<Role, readonly Permission[]> = {
  operator: [
    'subjects.list',
    'subjects.show',
    'subjects.create',
    'subjects.edit',
    'subjects.reveal_medical',
    'subjects.history',
    'submissions.list',
    'submissions.show',
    'submissions.decide',
    'consents.list',
    'consents.show',
    'consents.create',
    'consents.withdraw',
    ...READ_DOCUMENTS,
    'marketing-list.export',
    ...READ_CALENDAR_AND_DEADLINES,
    ...READ_LETTERS,
    'letters.create',
    'letters.edit',
    'letters.process',
    'subjects.unblock',
    'settings.show',
    ...READ_REPLIES_AND_DISCLOSURES,
    'replies.create',
    'replies.edit',
    'replies.send',
    'disclosures.create',
    'disclosures.disclose',
    'subjects.access_report',
    'destructions.list',
    'destructions.show',
    'destructions.create',
    'destruction-candidates.list',
    'submission-destructions.list',
    'submission-destructions.show',
    'submission-destructions.create',
  ],
  // Reads subjects and the whole log, changes no personal data; medical secrecy is not its work (see README).
  compliance: [
    'subjects.list',
    'subjects.show',
    'subjects.history',
    'audit-log.list',
    'audit-log.show',
    'audit-log.verify',
    'submissions.list',
    'submissions.show',
    'consents.list',
    'consents.show',
    ...READ_DOCUMENTS,
    'statistics.show',
    ...READ_CALENDAR_AND_DEADLINES,
    ...READ_LETTERS,
    'settings.show',
    ...READ_REPLIES_AND_DISCLOSURES,
    'disclosures.decide',
    'subjects.access_report',
    'destructions.list',
    'destructions.show',
    'destructions.decide',
    'destruction-acts.list',
    'destruction-acts.show',
    'destruction-acts.print',
    'destruction-acts.export',
    'submission-destructions.list',
    'submission-destructions.show',
    'submission-destructions.decide',
    'checkpoints.list',
    'checkpoints.show',
    'checkpoints.create',
    'audit-reports.show',
    'audit-reports.export',
    'audit-flags.list',
    'audit-flags.show',
    'audit-flags.review',
    ...RUN_INCIDENTS,
  ],
  admin: [
    'staff.list',
    'staff.show',
    'staff.create',
    'staff.edit',
    'audit-log.list',
    'audit-log.show',
    'checkpoints.list',
    'checkpoints.show',
    ...READ_DOCUMENTS,
    'policies.create',
    'policies.edit',
    'policies.publish',
    'consent-forms.create',
    'consent-forms.edit',
    'consent-forms.publish',
    'statistics.show',
    ...READ_CALENDAR_AND_DEADLINES,
    'calendar.create',
    'calendar.edit',
    'calendar.delete',
    'settings.show',
    'settings.edit',
    ...RUN_INCIDENTS,
  ],
};

export function permissionsOf(role: string): readonly Permission[] {
  return MATRIX[role as Role] ?? [];
}

export function can(role: string, permission: Permission): boolean {
  return permissionsOf(role).includes(permission);
}
