import { Show, SimpleShowLayout, TextField } from 'react-admin';

export const DestructionShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
    </SimpleShowLayout>
  </Show>
);
