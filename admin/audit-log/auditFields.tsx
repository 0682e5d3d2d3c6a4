// How an audit entry reads to a person: translated action names and a one-line
// summary of its details. Used by the log itself and by a subject's «История» tab.
import { Typography } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import type { AuditDetails, AuditLogEntry } from '../types';
import { AUDIT_ACTIONS } from '../types';

export const actionLabelKey = (action: string) => `resources.audit-log.actions.${action}`;

// SelectInput translates the names.
export const AUDIT_ACTION_CHOICES = AUDIT_ACTIONS.map(action => ({ id: action, name: actionLabelKey(action) }));

export const AuditActionField = ({ source = 'action' }: { source?: string; label?: string }) => {
  const action = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  if (!action) return null;
  return (
    <Typography component="span" variant="body2" title={action}>
      {translate(actionLabelKey(action), { _: action })}
    </Typography>
  );
};

export const EntityTypeField = ({ source = 'entity_type' }: { source?: string; label?: string }) => {
  const entityType = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {entityType
        ? translate(`resources.audit-log.entity_types.${entityType}`, { _: entityType })
        : translate('pd.common.empty')}
    </Typography>
  );
};

/** One line: the reason, the changed fields (by their UI names), or compact JSON. */
export const AuditDetailsSummary = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<AuditLogEntry>();
  const summarize = useDetailsSummary();
  if (!record) return null;
  const summary = summarize(record);
  return (
    <Typography
      component="span"
      variant="body2"
      title={summary}
      sx={{ display: 'block', maxWidth: 480, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
    >
      {summary}
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
    if (details.reason) parts.push(translate('resources.audit-log.details.reason_summary', { reason: details.reason }));
    const changed = isRecord(details.changes)
      ? Object.keys(details.changes)
      : Array.isArray(details.fields)
        ? details.fields.map(String)
        : [];
    if (changed.length > 0) {
      const fields = changed.map(field => fieldLabel(translate, entry.entity_type, field));
      parts.push(translate('resources.audit-log.details.changed_fields', { fields: fields.join(', ') }));
    }
    if (isRecord(details.values)) {
      const entered = Object.entries(details.values).filter(([, value]) => value != null && value !== '');
      const fields = entered.map(([field]) => fieldLabel(translate, entry.entity_type, field));
      parts.push(translate('resources.audit-log.details.entered_fields', { fields: fields.join(', ') }));
    }
    if (parts.length > 0) return parts.join(' · ');
    return JSON.stringify(details);
  };
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value != null && typeof value === 'object' && !Array.isArray(value);

/** A changed field's name as the form showed it, e.g. phone → «Телефон». */
export const fieldLabel = (
  translate: ReturnType<typeof useTranslate>,
  entityType: string | null,
  field: string,
): string => {
  const resource = entityType === 'staff' ? 'staff' : 'subjects';
  return translate(`resources.${resource}.fields.${field}`, { _: field });
};
