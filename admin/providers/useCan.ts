// The SPA's one way to ask "may I?": by a permission of the contract, so a misspelt permission is a compile error.
// react-admin's own checks (menu, CreateButton, EditButton…) still ask authProvider.canAccess by resource and action.
import { useCanAccess, type RaRecord } from 'react-admin';
import type { Permission } from '../types';

type ResourceOf<P> = P extends `${infer Resource}.${string}` ? Resource : never;

/** The resources the permissions name: 'subjects', 'audit-log', 'marketing-list', 'statistics'… */
export type PermissionResource = ResourceOf<Permission>;

/** "<resource>.<action>" split at its first dot (resources have dashes, never dots). */
const splitPermission = (permission: Permission): { resource: PermissionResource; action: string } => {
  const dot = permission.indexOf('.');
  return { resource: permission.slice(0, dot) as PermissionResource, action: permission.slice(dot + 1) };
};

/**
 * react-admin's useCanAccess for one permission, e.g. `const { canAccess } = useCan('submissions.decide', record)`.
 * `canAccess` is undefined while the check runs, then true or false.
 */
export const useCan = (permission: Permission, record?: RaRecord) =>
  useCanAccess({ ...splitPermission(permission), record });
