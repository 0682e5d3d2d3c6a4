import { z } from 'zod';

/**
 * Normalizes a Russian phone number to +7XXXXXXXXXX. Accepts the ways people write one:
 * "+7 (912) 345-67-89", "8 912 345 67 89", "9123456789". Anything else is null.
 */
export function normalizePhone(input: string): string | null {
  if (!/^[\d\s()+\-.]+$/.test(input)) return null;
  const digits = input.replace(/\D/g, '');
  const plus = input.trim().startsWith('+');
  let national: string | null = null;
  if (digits.length === 10 && !plus) national = digits;
  else if (digits.length === 11 && digits[0] === '7') national = digits.slice(1);
  else if (digits.length === 11 && digits[0] === '8' && !plus) national = digits.slice(1);
  if (!national || !/^[3-9]/.test(national)) return null;
  return `+7${national}`;
}

/** The zod transform of every phone field: +7XXXXXXXXXX, or the field's issue `phone_invalid`. */
export function phoneOrIssue(value: string, ctx: z.RefinementCtx): string {
  const normalized = normalizePhone(value);
  if (normalized) return normalized;
  ctx.addIssue({ code: 'custom', message: 'Cannot be normalized to +7XXXXXXXXXX', params: { code: 'phone_invalid' } });
  return z.NEVER;
}
