import { DataTable, List, SimpleList, useTranslate } from 'react-admin';
import { formatTimestamp } from '../common/format';
import { ListItemEnd, joinLine, useNarrow } from '../layout/lists';
import { useCan } from '../providers/useCan';
import type { Destruction } from '../types';
import { destructionFilters } from './destructionFilters';
import {
  ActNumberField,
  DecidedField,
  DestructionStatusChip,
  ProposalNumberLink,
  ProposedField,
  ReasonField,
  SubjectLinkField,
} from './destructionFields';

/**
 * Proposals to destroy, newest first. The compliance officer, who decides them, starts on those awaiting a decision;
 * the status filter shows the others. No export and no bulk actions: each is decided on its own.
 */
export const DestructionList = () => {
  const narrow = useNarrow();
  const { canAccess: canDecide } = useCan('destructions.decide');
  // The default filter is read when the list mounts: wait until the role is known.
  if (canDecide === undefined) return null;
  return (
    <List
      filters={destructionFilters}
      filterDefaultValues={canDecide ? { status: 'proposed' } : undefined}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      {narrow ? <DestructionSimpleList /> : <DestructionTable />}
    </List>
  );
};

const DestructionTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="id" field={ProposalNumberLink} />
    <DataTable.Col source="status" field={DestructionStatusChip} />
    <DataTable.Col source="reason" field={ReasonField} disableSort sx={{ minWidth: 140 }} />
    <DataTable.Col source="subject_id" field={SubjectLinkField} disableSort sx={{ maxWidth: 220 }} />
    <DataTable.Col source="proposed_at" label="resources.destructions.fields.proposed_by_login" field={ProposedField} />
    <DataTable.Col source="decided_at" label="resources.destructions.fields.decided_by_login" field={DecidedField} />
    <DataTable.Col source="act_number" field={ActNumberField} disableSort />
  </DataTable>
);

const DestructionSimpleList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<Destruction>
      rowClick="show"
      primaryText={(record) =>
        joinLine(
          translate('resources.destructions.line.number', { id: record.id }),
          translate(`resources.destructions.reason.${record.reason}`, { _: record.reason }),
        )
      }
      secondaryText={(record) =>
        joinLine(
          translate('resources.destructions.line.proposed', {
            login: record.proposed_by_login,
            date: formatTimestamp(record.proposed_at),
          }),
          record.decided_at &&
            translate('resources.destructions.line.decided', {
              login: record.decided_by_login ?? '',
              date: formatTimestamp(record.decided_at),
            }),
          record.act_number && translate('resources.destructions.line.act', { number: record.act_number }),
        )
      }
      tertiaryText={
        <ListItemEnd>
          <DestructionStatusChip />
        </ListItemEnd>
      }
    />
  );
};
