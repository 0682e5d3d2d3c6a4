// What the SPA and the server must agree on about who may do what. Types and literal arrays only: the SPA
// imports this folder, so nothing here may pull in a runtime dependency.

export const ROLES = ['operator', 'compliance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Every permission the server checks, as "<resource>.<action>"; the role matrix is in server/auth/permissions.ts. */
export const PERMISSIONS = [
  'subjects.list',
  'subjects.show',
  'subjects.create',
  'subjects.edit',
  'subjects.reveal_medical',
  'subjects.history',
  'subjects.unblock',
  'audit-log.list',
  'audit-log.show',
  'staff.list',
  'staff.show',
  'staff.create',
  'staff.edit',
  'submissions.list',
  'submissions.show',
  'submissions.decide',
  'consents.list',
  'consents.show',
  'consents.create',
  'consents.withdraw',
  'policies.list',
  'policies.show',
  'policies.create',
  'policies.edit',
  'policies.publish',
  'consent-forms.list',
  'consent-forms.show',
  'consent-forms.create',
  'consent-forms.edit',
  'consent-forms.publish',
  'marketing-list.export',
  'statistics.show',
  'calendar.list',
  'calendar.show',
  'calendar.create',
  'calendar.edit',
  'calendar.delete',
  'deadlines.list',
  'deadlines.show',
  'letters.list',
  'letters.show',
  'letters.create',
  'letters.edit',
  'letters.process',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
