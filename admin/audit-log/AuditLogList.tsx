import { DataTable, List } from 'react-admin';
import { TimestampField } from '../common/fields';
import { ActorField, AuditActionField, AuditDetailsSummary, EntityTypeField } from './auditFields';
import { auditLogFilters } from './auditLogFilters';

export const AuditLogList = () => (
  <List filters={auditLogFilters} perPage={25} sort={{ field: 'id', order: 'DESC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="at" field={TimestampField} />
      <DataTable.Col source="actor_login" field={ActorField} disableSort />
      <DataTable.Col source="action" field={AuditActionField} disableSort />
      <DataTable.Col source="entity_type" disableSort>
        <EntityTypeField withId />
      </DataTable.Col>
      <DataTable.Col source="subject_id" disableSort />
      <DataTable.Col source="details" field={AuditDetailsSummary} disableSort />
    </DataTable>
  </List>
);
