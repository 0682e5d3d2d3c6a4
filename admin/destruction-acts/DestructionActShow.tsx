import { Show, SimpleShowLayout, TextField } from 'react-admin';

export const DestructionActShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
    </SimpleShowLayout>
  </Show>
);
