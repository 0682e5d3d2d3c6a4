import type { Db } from './db/connection.js';
import type { Config } from './config.js';
import { loadMasterKey } from './crypto/masterKey.js';
import { SubjectKeyring } from './crypto/subjectKeys.js';
import { AuditWriter } from './audit/auditWriter.js';
import { AuditLogService } from './audit/auditLog.service.js';
import { AuthService } from './auth/auth.service.js';
import { SubjectService } from './subjects/subjects.service.js';
import { StaffService } from './staff/staff.service.js';

export type Clock = () => Date;

/** Wires the services over one database; the HTTP app, the CLI and the demo all start from here. */
export function createServices(db: Db, config: Config, now: Clock = () => new Date()) {
  const keyring = new SubjectKeyring(db, loadMasterKey(config.masterKey, config.databasePath));
  const audit = new AuditWriter(db, keyring, now);
  return {
    db,
    config,
    now,
    keyring,
    audit,
    auth: new AuthService(db, audit, config, now),
    subjects: new SubjectService(db, audit, keyring, now),
    staff: new StaffService(db, audit, now),
    auditLog: new AuditLogService(db, keyring),
  };
}

export type Services = ReturnType<typeof createServices>;
