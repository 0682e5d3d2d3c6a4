import { Alert } from '@mui/material';
import { DataTable, List, NumberInput, TextInput, TopToolbar, useTranslate } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { ActorField } from '../audit-log/auditFields';
import { useCan } from '../providers/useCan';
import { ExportRevealsButton } from './ExportRevealsButton';
import { HadMedicalInfoField, MoscowTimeField, RevealReasonField, SubjectLinkField } from './revealFields';

// ra-data-simple-rest maps the resource to its path: GET /api/audit-log/reports/medical-reveals.
export const REVEALS_RESOURCE = 'audit-log/reports/medical-reveals';

const DAY_FILTER = { width: '12.5rem' };
const field = (name: string) => `pd.audit_reports.reveals.fields.${name}`;

const revealFilters = [
  <DateInput key="from" source="from" label={field('from')} alwaysOn sx={DAY_FILTER} />,
  <DateInput key="to" source="to" label={field('to')} alwaysOn sx={DAY_FILTER} />,
  <TextInput key="actor_login" source="actor_login" label={field('actor_login')} alwaysOn />,
  <NumberInput key="subject_id" source="subject_id" label={field('subject_id')} min={1} step={1} alwaysOn />,
];

/**
 * «Просмотры медсведений»: every read of medical information with its reason, newest first. The page has checked
 * `audit-reports.show` already; react-admin's own check would ask for a resource of that name, which the role
 * matrix does not have, hence disableAuthentication.
 */
export const MedicalRevealsList = () => {
  const translate = useTranslate();
  const { canAccess: canExport } = useCan('audit-reports.export');
  return (
    <>
      <Alert severity="info" variant="outlined" sx={{ mb: 1 }}>
        {translate('pd.audit_reports.reveals.help')}
      </Alert>
      <List
        resource={REVEALS_RESOURCE}
        disableAuthentication
        title={false}
        filters={revealFilters}
        perPage={25}
        sort={{ field: 'id', order: 'DESC' }}
        exporter={false}
        empty={false}
        actions={<TopToolbar>{canExport && <ExportRevealsButton />}</TopToolbar>}
        sx={{ '& .RaList-main': { mt: 0 } }}
      >
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
          <DataTable.Col source="at" label={field('at')} field={MoscowTimeField} />
          <DataTable.Col source="actor_login" label={field('actor')} field={ActorField} disableSort />
          <DataTable.Col source="subject_id" label={field('subject')} field={SubjectLinkField} disableSort />
          <DataTable.Col
            source="had_medical_info"
            label={field('had_medical_info')}
            field={HadMedicalInfoField}
            disableSort
          />
          <DataTable.Col source="reason" label={field('reason')} field={RevealReasonField} disableSort />
        </DataTable>
      </List>
    </>
  );
};

const Empty = () => {
  const translate = useTranslate();
  return <Alert severity="info">{translate('pd.audit_reports.reveals.empty')}</Alert>;
};
