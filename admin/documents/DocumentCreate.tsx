import { Create, SimpleForm, useResourceContext } from 'react-admin';
import type { DocumentResource } from '../types';
import { DocumentInputs } from './DocumentInputs';
import { toDocumentBody } from './documentPayload';

/** A new draft; publishing is a separate, confirmed step on its page. */
export const DocumentCreate = () => {
  const resource = useResourceContext() as DocumentResource;
  return (
    <Create redirect="show" transform={toDocumentBody(resource)}>
      <SimpleForm>
        <DocumentInputs />
      </SimpleForm>
    </Create>
  );
};
