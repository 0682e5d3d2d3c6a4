import { Alert } from '@mui/material';
import { Edit, SaveButton, SimpleForm, Toolbar, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { DocumentResource, PolicyDocument } from '../types';
import { DeleteDraftButton } from './DeleteDraftButton';
import { DocumentInputs } from './DocumentInputs';
import { toDocumentBody } from './documentPayload';

/** Edits a draft. Pessimistic, so «version taken» (409) lands beside the version input. */
export const DocumentEdit = () => {
  const resource = useResourceContext() as DocumentResource;
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={toDocumentBody(resource)}>
      <DraftForm />
    </Edit>
  );
};

const DraftForm = () => {
  const record = useRecordContext<PolicyDocument>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.status !== 'draft') {
    // Reached by a typed URL: the server would answer 409 published_immutable anyway.
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('pd.documents.published_readonly')}
      </Alert>
    );
  }
  return (
    <SimpleForm toolbar={<DraftToolbar />}>
      <DocumentInputs />
    </SimpleForm>
  );
};

const DraftToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteDraftButton />
  </Toolbar>
);
