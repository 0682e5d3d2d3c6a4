import type { Db } from '../db/connection.js';
import type { OperatorSettings } from '../contract/index.js';
import { cached } from '../db/statementCache.js';

/** The values the administrator edits: the record without its stamp and version. */
export type SettingsValues = Omit<OperatorSettings, 'updated_at' | 'updated_by' | 'version'>;

/** The column names, which are also the record's: whitelisted here because they become SQL. */
export const SETTINGS_FIELDS = [
  'operator_name',
  'legal_address',
  'postal_address',
  'email',
  'website',
  'inn',
  'ogrn',
  'responsible_name',
  'responsible_position',
  'system_name',
  'destruction_method',
  'signer_name',
  'signer_position',
] as const satisfies readonly (keyof SettingsValues)[];

const COLUMNS = [...SETTINGS_FIELDS, 'updated_at', 'updated_by', 'version'].join(', ');

/** The one row the migration seeds (id = 1, never deleted). */
export function readSettings(db: Db): OperatorSettings {
  return cached(db, `SELECT ${COLUMNS} FROM operator_settings WHERE id = 1`).get() as OperatorSettings;
}

/** Writes the values if the row is still at `version`; false when someone saved in between. */
export function updateSettingsIfVersion(
  db: Db,
  version: number,
  values: SettingsValues,
  stamp: { updated_at: string; updated_by: string },
): boolean {
  const assignments = SETTINGS_FIELDS.map((f) => `${f} = @${f}`).join(', ');
  return (
    cached(
      db,
      `UPDATE operator_settings SET ${assignments}, updated_at = @updated_at, updated_by = @updated_by,
         version = version + 1
       WHERE id = 1 AND version = @version`,
    ).run({ ...values, ...stamp, version }).changes === 1
  );
}
