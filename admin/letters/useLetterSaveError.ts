import { useCreatePath, useNotify, useRedirect } from 'react-admin';
import { errorBody } from '../providers/httpClient';
import { UploadAfterSaveError } from '../providers/withUploads';

/**
 * The create and edit pages' onError. A file the server refused (type, size) leaves the letter saved: the page goes on
 * to the letter, saying which file was not taken, so that it is not registered a second time. Field errors are shown
 * beside the fields (react-admin adds its «form is invalid» notice); anything else is the server's message.
 */
export const useLetterSaveError = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  return (error: unknown) => {
    if (error instanceof UploadAfterSaveError) {
      notify('resources.letters.notifications.file_refused', {
        type: 'warning',
        autoHideDuration: 10_000,
        messageArgs: { file: error.fileTitle, reason: error.message, number: error.saved.reg_number },
      });
      redirect(createPath({ resource: 'letters', id: error.saved.id, type: 'show' }));
      return;
    }
    const fieldErrors = errorBody(error)?.errors;
    if (fieldErrors && typeof fieldErrors === 'object' && Object.keys(fieldErrors).length > 0) return;
    const message = (error as Error | undefined)?.message;
    notify(message || 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
  };
};
