import { z } from 'zod';
import { CLINIC_UTC_OFFSET } from '../shared/clinicDate.js';

/**
 * A filter bound as the clinic reads dates: YYYY-MM-DD is a Moscow calendar day (its start, or with `endOfDay` the
 * start of the next one, for an exclusive upper bound), and an ISO timestamp is taken as it is.
 */
export const dayOrInstant = (endOfDay: boolean) =>
  z.string().transform((v, ctx) => {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(v);
    const date = new Date(day ? `${v}T00:00:00.000${CLINIC_UTC_OFFSET}` : v);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'Expected YYYY-MM-DD or an ISO timestamp' });
      return z.NEVER;
    }
    if (day && endOfDay) date.setUTCDate(date.getUTCDate() + 1);
    return date.toISOString();
  });
