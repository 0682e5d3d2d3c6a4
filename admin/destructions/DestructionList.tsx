import { DataTable, List } from 'react-admin';

export const DestructionList = () => (
  <List exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="id" />
    </DataTable>
  </List>
);
