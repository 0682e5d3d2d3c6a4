import type { Db } from '../db/connection.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { SubjectService } from '../subjects/subjects.service.js';
import type { SettingsService } from '../settings/settings.service.js';
import type { RequestContext } from '../shared/requestContext.js';
import type {
  AccessReport,
  DisclosureCategory,
  DisclosureChannel,
  PrintableDocument,
  Service,
} from '../contract/index.js';
import { ACCESS_REPORT_SECTIONS } from '../contract/index.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import { conflict, notFound } from '../shared/errors.js';
import { findSubject, type SubjectRow } from '../subjects/subjects.repo.js';
import { disclosuresOfSubject } from '../disclosures/disclosures.repo.js';
import { PERSONAL_FIELDS } from '../subjects/subjects.schema.js';
import * as repo from './accessReport.repo.js';
import { fieldSources } from './fieldSources.js';
import { toPrintable } from './accessReport.printable.js';
import { ruDate } from './printLabels.js';
import {
  PROCESSING_METHODS,
  PROCESSORS,
  PURPOSE_GROUNDS,
  RETENTION,
  SAFEGUARDS,
  TRANSFERS,
  rightsOf,
} from './reportTexts.js';

/** How the report leaves the desk: on screen, as a PDF download, appended to a reply. Logged, never a value. */
export type ReportFormat = 'screen' | 'pdf' | 'reply';

export interface GenerateOptions {
  format: ReportFormat;
  /** Set only when the operator ticked the medical information in: the reason of that reveal. */
  medicalReason?: string;
}

type ReportBody = Omit<AccessReport, 'printable'>;

/**
 * «Сведения об обработке персональных данных» (152-FZ art. 14 p.7), generated anew on each request and logged as
 * `subject.access_report`. Built only from rows keyed by the one subject's id, so nobody else's data can get in
 * (art. 14 p.2); the medical information only through the subject service's audited reveal, with its reason.
 */
export class AccessReportService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly subjects: SubjectService,
    private readonly settings: SettingsService,
    private readonly now: () => Date,
  ) {}

  async generate(ctx: RequestContext, subjectId: number, options: GenerateOptions): Promise<AccessReport> {
    const subject = findSubject(this.db, subjectId);
    if (!subject) throw notFound('Subject');
    const withMedical = options.medicalReason !== undefined;
    if (withMedical && subject.status === 'destroyed') {
      throw conflict('The data of this subject has been destroyed', 'subject_not_active');
    }
    // The reveal goes through the subject service's own audited path, in the report's transaction: both entries or
    // neither.
    const { medical_info, body, name } = await inWriteTransaction(this.db, () => {
      const revealed = withMedical
        ? this.subjects.revealMedicalInfoWithin(ctx, subjectId, options.medicalReason!)
        : { medical_info: null };
      return { ...revealed, ...this.buildWithin(ctx, subjectId, options.format, withMedical) };
    });
    const report: ReportBody = withMedical ? { ...body, medical: { ...body.medical, text: medical_info } } : body;
    return { ...report, printable: toPrintable(report, name) };
  }

  /** For a reply of kind `access_report`: the printable report, without the medical information, audited. */
  async buildPrintable(ctx: RequestContext, subjectId: number): Promise<PrintableDocument> {
    return (await this.generate(ctx, subjectId, { format: 'reply' })).printable;
  }

  /** The same inside the caller's transaction: a reply being sent freezes the report it encloses. */
  buildPrintableWithin(ctx: RequestContext, subjectId: number): PrintableDocument {
    requireTransaction(this.db, 'AccessReportService.buildPrintableWithin');
    const { body, name } = this.buildWithin(ctx, subjectId, 'reply', false);
    return toPrintable(body, name);
  }

  private buildWithin(ctx: RequestContext, subjectId: number, format: ReportFormat, withMedical: boolean) {
    const subject = findSubject(this.db, subjectId);
    if (!subject) throw notFound('Subject');
    const destroyed = subject.status === 'destroyed';
    const consents = repo.consentsOf(this.db, subjectId);
    const submissions = repo.submissionsOf(this.db, subjectId);
    const letters = repo.lettersOf(this.db, subjectId);
    const disclosures = disclosuresOfSubject(this.db, subjectId);
    const operator = this.settings.current();
    const body: ReportBody = {
      subject_id: subjectId,
      generated_at: this.now().toISOString(),
      subject_status: subject.status,
      sections: [...ACCESS_REPORT_SECTIONS],
      confirmation: confirmation(subject, operator.operator_name),
      purposes: PURPOSE_GROUNDS.map((ground) => ({
        ...ground,
        state: ground.consent_purpose
          ? consentState(consents.filter((c) => c.purpose === ground.consent_purpose))
          : 'not_required',
      })),
      personal_data: destroyed ? [] : personalData(this.db, subject, submissions),
      medical: { held: !destroyed && !!subject.has_medical_info, included: withMedical, text: null },
      consents,
      submissions,
      letters,
      recipients: {
        disclosures: disclosures.map((d) => ({
          body_name: d.body_name,
          document_number: d.document_number,
          document_date: d.document_date,
          legal_basis: d.legal_basis,
          categories: d.categories_approved as DisclosureCategory[],
          disclosed_on: d.disclosed_on,
          channel: d.channel as DisclosureChannel,
        })),
        processors: PROCESSORS,
        transfers: TRANSFERS,
      },
      retention: RETENTION,
      rights: rightsOf(operator),
      operator: {
        operator_name: operator.operator_name,
        legal_address: operator.legal_address,
        postal_address: operator.postal_address,
        email: operator.email,
        website: operator.website,
        inn: operator.inn,
        ogrn: operator.ogrn,
        responsible_name: operator.responsible_name,
        responsible_position: operator.responsible_position,
      },
    };
    this.audit.recordWithin(ctx, {
      action: 'subject.access_report',
      entityType: 'subject',
      entityId: subjectId,
      subjectId,
      details: {
        format,
        sections: body.sections,
        medical_included: withMedical,
        counts: {
          fields: body.personal_data.length,
          consents: consents.length,
          submissions: submissions.length,
          letters: letters.length,
          disclosures: disclosures.length,
        },
      },
    });
    return { body, name: destroyed ? null : fullName(subject) };
  }
}

function personalData(db: Db, subject: SubjectRow, submissions: AccessReport['submissions']) {
  const services = new Map<string, Service>(submissions.map((s) => [s.receipt_id, s.service]));
  const sourceOf = fieldSources(repo.fieldWritesOf(db, subject.id), services, subject.created_at);
  return PERSONAL_FIELDS.flatMap((field) => {
    const value = subject[field];
    return value == null || value === '' ? [] : [{ field, value, ...sourceOf(field) }];
  });
}

function consentState(consents: AccessReport['consents']): AccessReport['purposes'][number]['state'] {
  if (consents.some((c) => c.status === 'active')) return 'active';
  return consents.length ? 'withdrawn' : 'none';
}

function confirmation(subject: SubjectRow, operatorName: string): AccessReport['confirmation'] {
  const since = subject.created_at;
  const text =
    subject.status === 'destroyed'
      ? `${operatorName} обрабатывал персональные данные субъекта с ${ruDate(since)}. Персональные данные уничтожены; в настоящее время Оператор их не обрабатывает.`
      : subject.status === 'blocked'
        ? `${operatorName} подтверждает, что обрабатывает персональные данные субъекта с ${ruDate(since)}. В настоящее время обработка заблокирована (ст. 21 № 152-ФЗ): данные хранятся без использования.`
        : `${operatorName} подтверждает, что обрабатывает персональные данные субъекта с ${ruDate(since)}.`;
  return {
    processed: subject.status !== 'destroyed',
    since,
    text,
    methods: PROCESSING_METHODS,
    safeguards: SAFEGUARDS,
  };
}

function fullName(s: SubjectRow): string {
  return [s.last_name, s.first_name, s.patronymic].filter(Boolean).join(' ');
}
