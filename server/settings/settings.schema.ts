import { z } from 'zod';
import { ignoredEcho } from '../http/validate.js';

const text = (max: number) =>
  z.string({ message: 'Required' }).trim().min(1, 'Required').max(max, `At most ${max} characters`);

/** A name the documents need before they are printed, but which may wait until the administrator knows it. */
const laterText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => v ?? '');

/** Digits only, of one of the lengths the register gives; spaces typed between groups are dropped. */
const registerNumber = (lengths: number[], what: string) =>
  z
    .string()
    .transform((v) => v.replace(/\s+/g, ''))
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(
      z
        .string()
        .regex(
          new RegExp(`^(${lengths.map((n) => `\\d{${n}}`).join('|')})$`),
          `${what}: ${lengths.join(' or ')} digits`,
        )
        .nullable(),
    );

// A host with a dot, with or without the scheme: what a letterhead prints («www.medistarsgroup.com»).
const website = text(200).regex(/^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/, 'Expected a website address');

export const settingsBody = z.strictObject({
  ...ignoredEcho('id', 'updated_at', 'updated_by'),
  operator_name: text(300),
  legal_address: text(500),
  postal_address: text(500),
  email: text(254).pipe(z.email({ message: 'Not a valid e-mail address' })),
  website,
  inn: registerNumber([10, 12], 'ИНН'),
  ogrn: registerNumber([13, 15], 'ОГРН'),
  responsible_name: laterText(200),
  responsible_position: laterText(200),
  system_name: text(200),
  destruction_method: text(1000),
  signer_name: laterText(200),
  signer_position: laterText(200),
  version: z.number({ message: 'Expected the version you saw' }).int().positive('Expected the version you saw'),
});

export type SettingsInput = z.infer<typeof settingsBody>;
