/** The one role matrix. The SPA receives a role's list and hides what it may not do; the server enforces it. */
export type Role = 'operator' | 'compliance' | 'admin';
export const ROLES: readonly Role[] = ['operator', 'compliance', 'admin'];

export type Permission =
  | 'subjects.list' | 'subjects.show' | 'subjects.create' | 'subjects.edit'
  | 'subjects.reveal_medical' | 'subjects.history'
  | 'audit-log.list' | 'audit-log.show'
  | 'staff.list' | 'staff.show' | 'staff.create' | 'staff.edit';

const MATRIX: Record<Role, readonly Permission[]> = {
  operator: [
    'subjects.list', 'subjects.show', 'subjects.create', 'subjects.edit', 'subjects.reveal_medical', 'subjects.history',
  ],
  // Reads subjects and the whole log, changes no personal data; medical secrecy is not its work (see README).
  compliance: ['subjects.list', 'subjects.show', 'subjects.history', 'audit-log.list', 'audit-log.show'],
  admin: ['staff.list', 'staff.show', 'staff.create', 'staff.edit', 'audit-log.list', 'audit-log.show'],
};

export function permissionsOf(role: string): readonly Permission[] {
  return MATRIX[role as Role] ?? [];
}

export function can(role: string, permission: Permission): boolean {
  return permissionsOf(role).includes(permission);
}
