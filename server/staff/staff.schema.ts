import { z } from 'zod';
import { ignoredEcho } from '../http/validate.js';
import { ROLES } from '../contract/index.js';

const role = z.enum(ROLES, { message: `Expected one of: ${ROLES.join(', ')}` });
const fullName = z.string().trim().min(1, 'Required').max(200);
/** «Должность», as replies and acts name the person; an empty one is none. */
const position = z
  .string()
  .trim()
  .max(200, 'At most 200 characters')
  .nullable()
  .transform((v) => (v ? v : null))
  .optional();

export const createStaffBody = z.strictObject({
  login: z
    .string()
    .trim()
    .min(2, 'At least 2 characters')
    .max(64)
    .regex(/^[a-zA-Z0-9._-]+$/, 'Latin letters, digits, dot, dash, underscore'),
  full_name: fullName,
  position,
  role,
});

const readOnlyEcho = ignoredEcho('id', 'login', 'must_change_password', 'locked_until', 'created_at', 'updated_at');

export const updateStaffBody = z.strictObject({
  ...readOnlyEcho,
  full_name: fullName,
  // Absent: left as it is, so a caller that does not know the position keeps it.
  position,
  role,
  active: z.union([z.boolean(), z.literal(0), z.literal(1)]).transform((v) => !!v),
});

export const staffListFilters = {
  q: z.string().trim().max(100),
  role,
  active: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
  login: z.string().trim().max(64),
};

export const assigneeListFilters = {
  q: z.string().trim().max(100),
  role,
  active: staffListFilters.active,
};
