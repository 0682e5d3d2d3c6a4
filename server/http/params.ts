import { z } from 'zod';

/** `:id` of a route: a positive integer, else a 400 naming `id`. */
export const idParam = z.object({
  id: z.coerce.number({ message: 'Expected a numeric id' }).int().positive('Expected a numeric id'),
});
