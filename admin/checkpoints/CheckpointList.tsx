import { DataTable, List, SimpleList, TopToolbar } from 'react-admin';
import { ListItemEnd, joinLine, useNarrow } from '../layout/lists';
import type { Checkpoint } from '../types';
import { CheckpointIdLink, ReasonField, ShortHashField, SignedAtField } from './checkpointFields';
import { formatMoscowMinute } from '../common/moscowTime';
import { shortHash } from './hashes';
import { SignNowButton } from './SignNowButton';
import { PublicKeyPanel } from './PublicKeyPanel';

/**
 * «Контрольные точки журнала», newest first: each the chain's head (entry and hash) signed at a moment. The public
 * key that checks them heads the list, for auditors to write down.
 */
export const CheckpointList = () => {
  const narrow = useNarrow();
  return (
    <>
      <PublicKeyPanel />
      <List
        actions={
          <TopToolbar>
            <SignNowButton />
          </TopToolbar>
        }
        sort={{ field: 'id', order: 'DESC' }}
        perPage={25}
        exporter={false}
        // No empty page: it would hide «Подписать сейчас», which is how the first checkpoint may come.
        empty={false}
      >
        {narrow ? <CheckpointSimpleList /> : <CheckpointTable />}
      </List>
    </>
  );
};

// The three sorts are one order (ids follow time and the chain's head), so only the id sorts.
const CheckpointTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="id" field={CheckpointIdLink} />
    <DataTable.Col source="audit_id" disableSort />
    <DataTable.Col source="audit_hash" field={ShortHashField} disableSort />
    <DataTable.Col source="signed_at" field={SignedAtField} disableSort />
    <DataTable.Col source="reason" field={ReasonField} disableSort />
  </DataTable>
);

const CheckpointSimpleList = () => (
  <SimpleList<Checkpoint & { id: number }>
    rowClick="show"
    primaryText={(c) => joinLine(`№ ${c.id}`, formatMoscowMinute(c.signed_at))}
    secondaryText={(c) => joinLine(String(c.audit_id), shortHash(c.audit_hash))}
    tertiaryText={
      <ListItemEnd>
        <ReasonField />
      </ListItemEnd>
    }
  />
);
