import { DataTable, List, NullableBooleanInput, SelectInput, SimpleList, TextInput, TopToolbar } from 'react-admin';
import { ListItemEnd, joinLine, useNarrow } from '../layout/lists';
import { formatMoscowMinute } from '../common/moscowTime';
import { AUDIT_FLAG_KINDS, type AuditFlag } from '../types';
import {
  CountField,
  DetectedAtField,
  FlagIdLink,
  FlagSubjectField,
  KindChip,
  ReviewStateChip,
  WindowField,
} from './flagFields';
import { ExportFlagsButton } from './ExportFlagsButton';
import { ScanNowButton } from './ScanNowButton';

const KIND_CHOICES = AUDIT_FLAG_KINDS.map((kind) => ({ id: kind, name: `resources.audit-flags.kind.${kind}` }));

const filters = [
  <SelectInput key="kind" source="kind" choices={KIND_CHOICES} alwaysOn />,
  <NullableBooleanInput
    key="reviewed"
    source="reviewed"
    trueLabel="resources.audit-flags.filters.reviewed"
    falseLabel="resources.audit-flags.filters.unreviewed"
    alwaysOn
  />,
  <TextInput key="actor" source="actor" label="resources.audit-flags.fields.subject_value" />,
];

/** «Сигналы»: the flags the scan of the log raised, those not yet reviewed first, newest first within. */
export const AuditFlagList = () => {
  const narrow = useNarrow();
  return (
    <List
      filters={filters}
      actions={
        <TopToolbar>
          <ScanNowButton />
          <ExportFlagsButton />
        </TopToolbar>
      }
      sort={{ field: 'reviewed', order: 'ASC' }}
      perPage={25}
      exporter={false}
    >
      {narrow ? <FlagSimpleList /> : <FlagTable />}
    </List>
  );
};

const FlagTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="id" field={FlagIdLink} />
    <DataTable.Col source="kind" field={KindChip} disableSort />
    <DataTable.Col source="subject_value" field={FlagSubjectField} disableSort />
    <DataTable.Col source="window_start" field={WindowField} disableSort />
    <DataTable.Col source="count" field={CountField} disableSort />
    <DataTable.Col source="detected_at" field={DetectedAtField} />
    <DataTable.Col source="reviewed" field={ReviewStateChip} />
  </DataTable>
);

const FlagSimpleList = () => (
  <SimpleList<AuditFlag & { id: number }>
    rowClick="show"
    primaryText={(f) => joinLine(`№ ${f.id}`, f.subject_value)}
    secondaryText={(f) => joinLine(formatMoscowMinute(f.window_start), String(f.count))}
    tertiaryText={
      <ListItemEnd>
        <KindChip />
      </ListItemEnd>
    }
  />
);
