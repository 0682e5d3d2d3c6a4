import { Create, SimpleForm } from 'react-admin';
import { IncidentInputs, toIncidentBody } from './IncidentInputs';

/**
 * Opening an incident: the server gives it its number (ИНЦ-<year>-<3 digits>) and starts the two clocks, 24 and 72
 * hours from the moment of detection (now unless changed). Field errors come back beside the fields (pessimistic).
 */
export const IncidentCreate = () => (
  <Create redirect="show" transform={toIncidentBody}>
    <SimpleForm defaultValues={defaults}>
      <IncidentInputs mode="create" />
    </SimpleForm>
  </Create>
);

// A function, so that «now» is the moment the form opens, not the moment the chunk loaded.
const defaults = () => ({ detected_at: new Date().toISOString(), categories: [], health_data: false });
