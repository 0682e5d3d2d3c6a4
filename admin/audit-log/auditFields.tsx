// How an audit entry reads to a person: translated action names and a one-line
// summary of its details. Used by the log itself and by a subject's «История» tab.
import { Typography } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import type { AuditDetails, AuditLogEntry } from '../types';
import { AUDIT_ACTIONS } from '../types';

export const actionLabelKey = (action: string) => `resources.audit-log.actions.${action}`;

// SelectInput translates the names.
export const AUDIT_ACTION_CHOICES = AUDIT_ACTIONS.map((action) => ({ id: action, name: actionLabelKey(action) }));

/** The kind of an action: the part before its dot, which the log's filter groups actions by. */
export const actionKind = (action: string) => action.slice(0, action.indexOf('.'));

export const AUDIT_ACTION_KIND_CHOICES = [...new Set(AUDIT_ACTIONS.map(actionKind))].map((kind) => ({
  id: kind,
  name: `resources.audit-log.action_kinds.${kind}`,
}));

export const AuditActionField = ({ source = 'action' }: { source?: string; label?: string }) => {
  const action = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  if (!action) return null;
  return (
    <Typography component="span" variant="body2" title={action} sx={{ display: 'block', minWidth: 170 }}>
      {translate(actionLabelKey(action), { _: action })}
    </Typography>
  );
};

/** Who acted: the login, and under it the role they held then (a column of its own would not fit 1366 px). */
export const ActorField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<AuditLogEntry>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Typography component="span" variant="body2" sx={{ display: 'block' }}>
        {record.actor_login}
      </Typography>
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', lineHeight: 1.2 }}>
        {translate(`pd.roles.${record.actor_role}`, { _: record.actor_role })}
      </Typography>
    </>
  );
};

/** The object's kind, and with withId its number too ("Субъект № 42"): one narrow column in the list. */
export const EntityTypeField = ({
  source = 'entity_type',
  withId = false,
}: {
  source?: string;
  label?: string;
  withId?: boolean;
}) => {
  const entityType = useFieldValue({ source }) as string | undefined;
  const record = useRecordContext<AuditLogEntry>();
  const translate = useTranslate();
  const kind = entityType
    ? translate(`resources.audit-log.entity_types.${entityType}`, { _: entityType })
    : translate('pd.common.empty');
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {withId && entityType && record?.entity_id ? `${kind} № ${record.entity_id}` : kind}
    </Typography>
  );
};

/**
 * The reason, the changed fields (by their UI names), or compact JSON, in full: it wraps, so a table column takes
 * what the others leave it (a long JSON breaks anywhere rather than widening the table).
 */
export const AuditDetailsSummary = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<AuditLogEntry>();
  const summarize = useDetailsSummary();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ display: 'block', minWidth: 160, overflowWrap: 'anywhere' }}>
      {summarize(record)}
    </Typography>
  );
};

const useDetailsSummary = () => {
  const translate = useTranslate();
  return (entry: AuditLogEntry): string => {
    const details: AuditDetails | null = entry.details;
    if (!details) return '';
    const parts: string[] = [];
    if (details.personal_hidden) parts.push(translate('resources.audit-log.details.personal_hidden'));
    if (details.personal_destroyed) parts.push(translate('resources.audit-log.details.personal_destroyed'));
    if (isSubmissionOrigin(details)) {
      parts.push(translate('resources.audit-log.details.from_submission', { receipt: details.receipt_id }));
    }
    if (details.reason && !isSubmissionReason(details)) {
      // A destruction's reason is a code of the contract, not words someone typed.
      const reason =
        entry.entity_type === 'destruction' || entry.entity_type === 'submission_destruction'
          ? translate(`resources.destructions.reason.${String(details.reason)}`, { _: String(details.reason) })
          : details.reason;
      parts.push(translate('resources.audit-log.details.reason_summary', { reason }));
    }
    const changed = isRecord(details.changes)
      ? Object.keys(details.changes)
      : Array.isArray(details.fields)
        ? details.fields.map(String)
        : [];
    if (changed.length > 0) {
      const fields = changed.map((field) => fieldLabel(translate, entry.entity_type, field));
      parts.push(translate('resources.audit-log.details.changed_fields', { fields: fields.join(', ') }));
    }
    const entered = isRecord(details.values)
      ? Object.entries(details.values)
          .filter(([, value]) => value != null && value !== '')
          .map(([field]) => field)
      : Array.isArray(details.entered_fields)
        ? details.entered_fields.map(String)
        : [];
    if (entered.length > 0) {
      const fields = entered.map((field) => fieldLabel(translate, entry.entity_type, field));
      parts.push(translate('resources.audit-log.details.entered_fields', { fields: fields.join(', ') }));
    }
    parts.push(...intakeSummary(translate, details));
    // The list never carries the sealed part: say it is there when nothing else describes the entry.
    if (parts.length === 0 && details.personal_sealed)
      parts.push(translate('resources.audit-log.details.personal_sealed'));
    if (parts.length > 0) return parts.join(' · ');
    return plainDetails(details);
  };
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value != null && typeof value === 'object' && !Array.isArray(value);

// Where an entity's field labels are: a resource's `fields`, or (for the operator's details, a page) an i18n prefix;
// subjects by default.
const LABELS_OF_ENTITY: Record<string, string> = {
  staff: 'resources.staff.fields',
  submission: 'resources.submissions.fields',
  consent: 'resources.consents.fields',
  policy: 'resources.policies.fields',
  consent_form: 'resources.consent-forms.fields',
  letter: 'resources.letters.fields',
  settings: 'pd.settings.fields',
};

/** A changed field's name as the form showed it, e.g. phone → «Телефон». */
export const fieldLabel = (
  translate: ReturnType<typeof useTranslate>,
  entityType: string | null,
  field: string,
): string => {
  const prefix = (entityType && LABELS_OF_ENTITY[entityType]) ?? 'resources.subjects.fields';
  return translate(`${prefix}.${field}`, { _: field });
};

/** A subject created or corrected by a decision on a website submission. */
export const isSubmissionOrigin = (details: AuditDetails): details is AuditDetails & { receipt_id: string } =>
  details.source === 'submission' && typeof details.receipt_id === 'string';

/** The server's own reason for such a correction ("submission W-…"), which the origin line replaces. */
export const isSubmissionReason = (details: AuditDetails): boolean =>
  isSubmissionOrigin(details) && details.reason === `submission ${details.receipt_id}`;

/** The details of intake, consent and report entries, in words. */
export const intakeSummary = (translate: ReturnType<typeof useTranslate>, details: AuditDetails): string[] => {
  const parts: string[] = [];
  if (typeof details.receipt_id === 'string' && !isSubmissionOrigin(details)) parts.push(details.receipt_id);
  if (typeof details.category === 'string') {
    const category = translate(`resources.submissions.reject_category.${details.category}`, { _: details.category });
    parts.push(translate('resources.audit-log.details.category_summary', { category }));
  }
  if (Array.isArray(details.fields_taken)) {
    parts.push(
      details.fields_taken.length > 0
        ? translate('resources.audit-log.details.fields_taken', {
            fields: details.fields_taken.map((field) => fieldLabel(translate, 'subject', String(field))).join(', '),
          })
        : translate('resources.audit-log.details.nothing_taken'),
    );
  }
  if (typeof details.purpose === 'string') {
    parts.push(translate(`resources.consents.purpose.${details.purpose}`, { _: details.purpose }));
  }
  if (typeof details.channel === 'string') {
    parts.push(translate(`resources.consents.channel.${details.channel}`, { _: details.channel }));
  }
  if (typeof details.version === 'string') {
    parts.push(translate('resources.audit-log.details.version_summary', { version: details.version }));
  }
  if (typeof details.rows === 'number') {
    parts.push(translate('resources.audit-log.details.rows_summary', { rows: details.rows }));
  }
  if (typeof details.cells === 'number') {
    parts.push(
      translate('resources.audit-log.details.cells_summary', {
        cells: details.cells,
        suppressed: details.suppressed ?? 0,
      }),
    );
  }
  if (typeof details.basis === 'string') {
    parts.push(translate('resources.audit-log.details.reason_summary', { reason: details.basis }));
  }
  return parts;
};

/** The clear details no summary above describes, as «key: value» pairs of their scalar values (ids, codes, counts). */
function plainDetails(details: AuditDetails): string {
  return Object.entries(details)
    .filter(([, value]) => value == null || ['string', 'number', 'boolean'].includes(typeof value))
    .map(([key, value]) => `${key}: ${String(value ?? '—')}`)
    .join(' · ');
}
