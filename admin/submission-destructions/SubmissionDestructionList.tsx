import { DataTable, List, NumberField, SimpleList, useTranslate } from 'react-admin';
import { formatTimestamp } from '../common/format';
import { destructionFilters } from '../destructions/destructionFilters';
import {
  ActNumberField,
  DecidedField,
  DestructionStatusChip,
  ProposalNumberLink,
  ProposedField,
  ReasonField,
} from '../destructions/destructionFields';
import { ListItemEnd, joinLine, useNarrow } from '../layout/lists';
import { useCan } from '../providers/useCan';
import type { SubmissionDestruction } from '../types';

const F = 'resources.submission-destructions.fields';

/**
 * Batches of rejected website submissions proposed for destruction, newest first. The compliance officer, who decides
 * them, starts on those awaiting a decision; the status filter (the same as a subject's proposals) shows the others.
 */
export const SubmissionDestructionList = () => {
  const narrow = useNarrow();
  const { canAccess: canDecide } = useCan('submission-destructions.decide');
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
      {narrow ? <BatchSimpleList /> : <BatchTable />}
    </List>
  );
};

// The contract sorts by id, proposed_at, decided_at and status.
const BatchTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="id" field={ProposalNumberLink} />
    <DataTable.Col source="reason" field={ReasonField} disableSort sx={{ minWidth: 140 }} />
    <DataTable.Col source="submissions_count" field={NumberField} disableSort align="right" />
    <DataTable.Col source="status" field={DestructionStatusChip} />
    <DataTable.Col source="proposed_at" label={`${F}.proposed_by_login`} field={ProposedField} />
    <DataTable.Col source="decided_at" label={`${F}.decided_by_login`} field={DecidedField} />
    <DataTable.Col source="act_number" field={ActNumberField} disableSort />
  </DataTable>
);

// Below 1280 px (1024 px tablets): the number, reason and count, then who proposed and decided.
const BatchSimpleList = () => {
  const translate = useTranslate();
  const t = (key: string, args: Record<string, unknown>) =>
    translate(`resources.submission-destructions.line.${key}`, args);
  return (
    <SimpleList<SubmissionDestruction>
      rowClick="show"
      primaryText={(batch) =>
        joinLine(
          t('number', { id: batch.id }),
          translate(`resources.destructions.reason.${batch.reason}`, { _: batch.reason }),
          t('count', { smart_count: batch.submissions_count }),
        )
      }
      secondaryText={(batch) =>
        joinLine(
          t('proposed', { login: batch.proposed_by_login, date: formatTimestamp(batch.proposed_at) }),
          batch.decided_at &&
            t('decided', { login: batch.decided_by_login ?? '', date: formatTimestamp(batch.decided_at) }),
          batch.act_number && t('act', { number: batch.act_number }),
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
