import { z } from 'zod';

export const loginBody = z.strictObject({
  login: z.string().trim().min(1, 'Required').max(100),
  password: z.string().min(1, 'Required').max(200),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'Required').max(200),
  newPassword: z.string().min(1, 'Required').max(200),
});
