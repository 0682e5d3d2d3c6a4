import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { ActorField, AuditActionField, AuditDetailsSummary } from '../audit-log/auditFields';
import { TimestampField } from '../common/fields';
import { ShowLink } from '../layout/lists';
import { useCan } from '../providers/useCan';

/**
 * The subject's entries of the audit log, newest first. Operators see this tab
 * (subjects.history) without having the whole log; only those who may open log
 * entries (audit-log.show) get clickable rows, and the action as a link. Four columns,
 * the role under the login, the details wrapping: the card's width on a 1024 px tablet.
 */
export const SubjectHistory = () => {
  const { canAccess: canOpenEntries } = useCan('audit-log.show');
  return (
    <ReferenceManyField
      reference="audit-log"
      target="subject_id"
      sort={{ field: 'id', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
    >
      <DataTable rowClick={canOpenEntries ? 'show' : false} bulkActionButtons={false}>
        <DataTable.Col source="at" field={TimestampField} />
        <DataTable.Col source="actor_login" field={ActorField} disableSort />
        <DataTable.Col source="action" field={canOpenEntries ? ActionLink : AuditActionField} disableSort />
        <DataTable.Col source="details" field={AuditDetailsSummary} disableSort />
      </DataTable>
    </ReferenceManyField>
  );
};

const ActionLink = (_props: { source?: string }) => (
  <ShowLink>
    <AuditActionField />
  </ShowLink>
);
