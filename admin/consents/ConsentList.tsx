import { DataTable, List, ReferenceField } from 'react-admin';
import { PlainField, TimestampField } from '../common/fields';
import { consentFilters } from './consentFilters';
import { ChannelField, ConsentStatusChip, GivenAtField, PurposeField } from './consentFields';

/** The ledger of consents. No edit and no delete anywhere: a consent is only withdrawn. */
export const ConsentList = () => (
  <List filters={consentFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="subject_id" disableSort>
        <ReferenceField source="subject_id" reference="subjects" link={false} />
      </DataTable.Col>
      <DataTable.Col source="purpose" field={PurposeField} />
      <DataTable.Col source="form_version" disableSort />
      <DataTable.Col source="policy_version" field={PlainField} disableSort />
      <DataTable.Col source="given_at" field={GivenAtField} />
      <DataTable.Col source="channel" field={ChannelField} disableSort />
      <DataTable.Col source="status" field={ConsentStatusChip} />
      <DataTable.Col source="withdrawn_at" field={TimestampField} disableSort />
    </DataTable>
  </List>
);
