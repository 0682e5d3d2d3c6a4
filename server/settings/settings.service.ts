import type { Db } from '../db/connection.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { OperatorSettings } from '../contract/index.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import type { RequestContext } from '../shared/requestContext.js';
import { conflict } from '../shared/errors.js';
import * as repo from './settings.repo.js';
import type { SettingsInput } from './settings.schema.js';

type Field = (typeof repo.SETTINGS_FIELDS)[number];

/** What a document cannot be printed without: the letterhead, the system's name, who is responsible, who signs. */
const REQUIRED_FOR_DOCUMENTS: readonly Field[] = [
  'operator_name',
  'legal_address',
  'postal_address',
  'email',
  'system_name',
  'responsible_name',
  'responsible_position',
  'signer_name',
  'signer_position',
];

/**
 * The operator's details («Реквизиты оператора»): one record, read by everyone signed in and by every document,
 * changed by the administrator. A change is audited field by field with its values before and after: they are the
 * clinic's own details, not a subject's, so they are kept readable in the log.
 */
export class SettingsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly now: () => Date,
  ) {}

  /** Synchronous, so that a service printing a document reads it inside its own transaction. */
  current(): OperatorSettings {
    return repo.readSettings(this.db);
  }

  /** The details as a document prints them; 409 settings_incomplete naming each field still empty. */
  requireComplete(): OperatorSettings {
    const settings = this.current();
    const missing = REQUIRED_FOR_DOCUMENTS.filter((field) => !settings[field]);
    if (missing.length) {
      throw conflict(`Fill in the operator's details first: ${missing.join(', ')}`, 'settings_incomplete', {
        missing,
        errors: Object.fromEntries(missing.map((field) => [field, 'Required'])),
      });
    }
    return settings;
  }

  /** Saves the details if the caller saw the latest version (else 409 version_conflict with the current record). */
  update(ctx: RequestContext, input: SettingsInput): Promise<OperatorSettings> {
    return inWriteTransaction(this.db, () => {
      const current = this.current();
      if (current.version !== input.version) throw stale(current);
      const values = pickValues(input);
      const changes = Object.fromEntries(
        repo.SETTINGS_FIELDS.filter((field) => current[field] !== values[field]).map((field) => [
          field,
          // A name not yet given is stored '', but the log reads better with one "empty" (null) for both.
          { from: current[field] || null, to: values[field] || null },
        ]),
      );
      if (!Object.keys(changes).length) return current;
      const stamp = { updated_at: this.now().toISOString(), updated_by: ctx.actor.login };
      if (!repo.updateSettingsIfVersion(this.db, current.version, values, stamp)) throw stale(this.current());
      this.audit.recordWithin(ctx, {
        action: 'settings.changed',
        entityType: 'settings',
        details: { changes, version: current.version + 1 },
      });
      return this.current();
    });
  }
}

const pickValues = (input: SettingsInput): repo.SettingsValues =>
  Object.fromEntries(repo.SETTINGS_FIELDS.map((field) => [field, input[field]])) as repo.SettingsValues;

function stale(current: OperatorSettings) {
  return conflict('The details were changed by someone else; here are the current ones', 'version_conflict', {
    current,
  });
}
