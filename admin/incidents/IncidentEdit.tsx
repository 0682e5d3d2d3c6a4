import { Edit, SaveButton, SimpleForm, Toolbar, useRecordContext } from 'react-admin';
import { IncidentInputs, toIncidentUpdate } from './IncidentInputs';
import type { IncidentDetailRecord } from './incidentTypes';

/**
 * Correcting and completing the facts as the investigation goes (not the states: those are the card's steps). The
 * version guards against overwriting a colleague's change (409); a closed incident is not edited (the card has no
 * edit button then, and the server answers 409).
 */
export const IncidentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={toIncidentUpdate}>
    <IncidentEditForm />
  </Edit>
);

const IncidentEditForm = () => {
  const incident = useRecordContext<IncidentDetailRecord>();
  return (
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <IncidentInputs mode="edit" status={incident?.status} />
    </SimpleForm>
  );
};

/** No delete: the register keeps every number it gave. */
const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
