import { DataTable, List, SimpleList, TopToolbar, useTranslate } from 'react-admin';
import { DateOnlyField } from '../common/fields';
import { formatDate } from '../common/format';
import { ListItemEnd, joinLine, useNarrow } from '../layout/lists';
import { useCan } from '../providers/useCan';
import type { DestructionAct } from '../types';
import {
  ActNumberLink,
  ActStatusChip,
  CategoriesSummaryField,
  ReasonField,
  CoverageLink,
  coverage,
  useCategoryLines,
} from './actFields';
import { destructionActFilters } from './destructionActFilters';
import { ExportActsButton } from './ExportActsButton';

/**
 * «Акты об уничтожении», the compliance officer's register, newest first. A row holds no personal value (number,
 * dates, reason, categories, the subject's id or the batch's count of submissions): names are only in the act, which
 * opening audits.
 */
export const DestructionActList = () => {
  const narrow = useNarrow();
  return (
    <List
      filters={destructionActFilters}
      actions={<DestructionActListActions />}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      {narrow ? <DestructionActSimpleList /> : <DestructionActTable />}
    </List>
  );
};

const DestructionActListActions = () => {
  const { canAccess: canExport } = useCan('destruction-acts.export');
  return <TopToolbar>{canExport && <ExportActsButton />}</TopToolbar>;
};

// The contract sorts by id, number, destroyed_on and expires_on only.
const DestructionActTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="number" field={ActNumberLink} />
    <DataTable.Col source="destroyed_on" field={DateOnlyField} />
    <DataTable.Col source="reason" field={ReasonField} disableSort />
    <DataTable.Col source="categories" field={CategoriesSummaryField} disableSort />
    <DataTable.Col source="expires_on" field={DateOnlyField} />
    <DataTable.Col source="status" field={ActStatusChip} disableSort />
    <DataTable.Col source="kind" field={CoverageLink} disableSort />
  </DataTable>
);

// Below 1280 px (1024 px tablets): the number and the date, then the reason, what it covers and what went.
const DestructionActSimpleList = () => (
  <SimpleList<DestructionAct>
    rowClick="show"
    primaryText={(act) => joinLine(act.number, formatDate(act.destroyed_on))}
    secondaryText={(act) => <ActSecondLine act={act} />}
    tertiaryText={
      <ListItemEnd>
        <ActStatusChip />
      </ListItemEnd>
    }
  />
);

const ActSecondLine = ({ act }: { act: DestructionAct }) => {
  const translate = useTranslate();
  const lines = useCategoryLines(act.categories, act.kind);
  const covers = coverage(act);
  return (
    <>
      {joinLine(
        translate(`resources.destructions.reason.${act.reason}`, { _: act.reason }),
        translate(covers.text, covers.args),
        translate('resources.destruction-acts.line.expires', { date: formatDate(act.expires_on) }),
      )}
      <br />
      {joinLine(lines.destroyed, lines.retained)}
    </>
  );
};
