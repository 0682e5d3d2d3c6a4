import type { Db } from './db/connection.js';
import type { Config } from './config.js';
import { loadMasterKey } from './crypto/masterKey.js';
import { SubjectKeyring } from './crypto/subjectKeys.js';
import { AuditWriter } from './audit/auditWriter.js';
import { AuditLogService } from './audit/auditLog.service.js';
import { AuthService } from './auth/auth.service.js';
import { SubjectService } from './subjects/subjects.service.js';
import { StaffService } from './staff/staff.service.js';
import { Envelope } from './crypto/envelope.js';
import { DocumentService } from './documents/documents.service.js';
import { ConsentService } from './consents/consents.service.js';
import { IntakeService } from './submissions/intake.service.js';
import { ReviewService } from './submissions/review.service.js';
import { ReportService } from './reports/reports.service.js';
import { DeadlineService } from './deadlines/deadlines.service.js';
import { CalendarService } from './calendar/calendar.service.js';
import { OwnerKeyring } from './uploads/dataKeys.js';
import { UploadService } from './uploads/uploads.service.js';
import { LetterService } from './letters/letters.service.js';
import { letterSearchKey } from './letters/letterSearch.js';
import { SettingsService } from './settings/settings.service.js';
import { ReplyService } from './replies/replies.service.js';
import { DisclosureService } from './disclosures/disclosures.service.js';
import { AccessReportService } from './accessReport/accessReport.service.js';
import { DestructionService } from './destruction/destruction.service.js';
import { DestructionActService } from './destructionActs/destructionActs.service.js';
import { DestructionCandidateService } from './destructionCandidates/destructionCandidates.service.js';
import { RetentionService } from './retention/retention.service.js';
import { AuditReportService } from './auditReports/auditReports.service.js';
import { SubmissionDestructionService } from './submissionDestructions/submissionDestructions.service.js';
import { CheckpointService } from './checkpoints/checkpoints.service.js';
import { AuditExportService } from './audit/export.service.js';
import { VerificationService } from './audit/verifications.js';
import { loadSigningKey } from './checkpoints/signingKey.js';
import { settleRotation } from './checkpoints/keyRotation.js';
import { AuditFlagService } from './auditFlags/auditFlags.service.js';
import { FlagScanner } from './auditFlags/flagScanner.js';
import { IncidentService } from './incidents/incidents.service.js';
import { IncidentNoticeService } from './incidents/incidentNotices.service.js';
import { IncidentEvidenceService } from './incidents/incidentEvidence.service.js';

export type Clock = () => Date;

/** Wires the services over one database; the HTTP app, the CLI and the demo all start from here. */
export function createServices(db: Db, config: Config, now: Clock = () => new Date()) {
  const masterKey = loadMasterKey(config.masterKey, config.databasePath);
  const keyring = new SubjectKeyring(db, masterKey);
  const envelope = new Envelope(masterKey);
  const audit = new AuditWriter(db, keyring, now);
  const subjects = new SubjectService(db, audit, keyring, now);
  const policies = new DocumentService(db, audit, 'policy', now);
  const consentForms = new DocumentService(db, audit, 'consent_form', now);
  const consents = new ConsentService(db, audit, now);
  const deadlines = new DeadlineService(db, audit, now);
  // Keys of records that are not a subject's (a letter), and the one upload path that seals files under them.
  const ownerKeys = new OwnerKeyring(db, masterKey);
  const uploads = new UploadService(db, audit, keyring, ownerKeys, now);
  const settings = new SettingsService(db, audit, now);
  const letters = new LetterService(
    db,
    audit,
    ownerKeys,
    letterSearchKey(masterKey),
    subjects,
    consents,
    deadlines,
    now,
  );
  const accessReports = new AccessReportService(db, audit, subjects, settings, now);
  // A rotation cut short is finished or forgotten before the signing key is read.
  if (!config.signingKey) settleRotation(db, config.databasePath);
  const checkpoints = new CheckpointService(
    db,
    audit,
    () => loadSigningKey(config.signingKey, config.databasePath),
    now,
  );
  // The incident marks its notices sent and the notices read the incident: the notices take it as a thunk.
  const incidentNotices: IncidentNoticeService = new IncidentNoticeService(
    db,
    audit,
    ownerKeys,
    settings,
    (): IncidentService => incidents,
    now,
  );
  const incidents: IncidentService = new IncidentService(db, audit, ownerKeys, deadlines, incidentNotices, now);
  const incidentEvidence = new IncidentEvidenceService(db, audit, () => incidents, now);
  return {
    db,
    config,
    now,
    keyring,
    audit,
    auth: new AuthService(db, audit, config, now),
    subjects,
    policies,
    consentForms,
    consents,
    intake: new IntakeService(db, audit, envelope, policies, consentForms, now),
    review: new ReviewService(db, audit, envelope, subjects, consents, now),
    reports: new ReportService(db, audit),
    staff: new StaffService(db, audit, now),
    auditLog: new AuditLogService(db, keyring, audit),
    auditReports: new AuditReportService(db, keyring, audit, () => checkpoints.holdsKeyInForce(), now),
    deadlines,
    ownerKeys,
    uploads,
    letters,
    settings,
    accessReports,
    replies: new ReplyService(db, audit, keyring, letters, subjects, deadlines, settings, accessReports, now),
    disclosures: new DisclosureService(db, audit, ownerKeys, deadlines, now),
    destructions: new DestructionService(db, audit, keyring, ownerKeys, subjects, deadlines, settings, now),
    destructionActs: new DestructionActService(db, audit, ownerKeys, settings),
    destructionCandidates: new DestructionCandidateService(db, config.destructionCandidateDays, now),
    submissionDestructions: new SubmissionDestructionService(db, audit, ownerKeys, settings, now),
    retention: new RetentionService(db, audit, ownerKeys, now),
    // A change of the calendar recounts the open deadline items in its own transaction.
    calendar: new CalendarService(db, audit, deadlines, now),
    checkpoints,
    auditExports: new AuditExportService(config.databasePath, audit, checkpoints, now),
    auditVerifications: new VerificationService(db, config.databasePath, audit, checkpoints, now),
    incidents,
    incidentNotices,
    incidentEvidence,
    auditFlags: new AuditFlagService(
      db,
      audit,
      ownerKeys,
      new FlagScanner(
        db,
        {
          workHours: config.flagWorkHours,
          subjectsPerHour: config.flagSubjectsPerHour,
          denialsPerHour: config.flagDenialsPerHour,
          failedLogins: config.flagFailedLogins,
          exportRows: config.flagExportRows,
        },
        now,
      ),
      now,
    ),
  };
}

export type Services = ReturnType<typeof createServices>;
