import { Create, SimpleForm, useCreatePath, useNotify, useRedirect } from 'react-admin';
import { FileUploadInput } from '../common/FileUploadInput';
import { Section } from '../common/Section';
import { errorBody } from '../providers/httpClient';
import { UploadAfterSaveError } from '../providers/withUploads';
import { DisclosureInputs, toDisclosureBody } from './DisclosureInputs';

/** Registering a request: saved first, then each scan goes up on its own (withUploads, one request a file). */
export const DisclosureCreate = () => {
  const onError = useSaveError();
  return (
    <Create redirect="show" transform={toDisclosureBody} mutationOptions={{ onError }}>
      <SimpleForm>
        <DisclosureInputs />
        <Section title="resources.disclosures.sections.attachments" columns={1}>
          <FileUploadInput source="attachments" multiple helperText="resources.disclosures.helpers.attachments" />
        </Section>
      </SimpleForm>
    </Create>
  );
};

/**
 * A file refused (type, size) leaves the request registered: the page goes on to it, saying which file was not
 * taken, so that it is not registered twice. Field errors stand beside the fields; anything else is notified.
 */
const useSaveError = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  return (error: unknown) => {
    if (error instanceof UploadAfterSaveError) {
      notify('resources.disclosures.notifications.file_refused', {
        type: 'warning',
        autoHideDuration: 10_000,
        messageArgs: { file: error.fileTitle, reason: error.message, number: error.saved.document_number },
      });
      redirect(createPath({ resource: 'disclosures', id: error.saved.id, type: 'show' }));
      return;
    }
    const fieldErrors = errorBody(error)?.errors;
    if (fieldErrors && typeof fieldErrors === 'object' && Object.keys(fieldErrors).length > 0) return;
    const message = (error as Error | undefined)?.message;
    notify(message || 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
  };
};
