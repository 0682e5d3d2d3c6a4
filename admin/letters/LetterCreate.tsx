import { Create, SimpleForm } from 'react-admin';
import { FileUploadInput } from '../common/FileUploadInput';
import { Section } from '../common/Section';
import { LetterInputs, toLetterBody } from './LetterInputs';
import { useLetterSaveError } from './useLetterSaveError';

/**
 * Registering a letter: the server gives it its incoming number (ВХ-<year>-<5 digits>) and opens its terms; then each
 * file goes up on its own (withUploads, one request a file).
 */
export const LetterCreate = () => {
  const onError = useLetterSaveError();
  return (
    <Create redirect="show" transform={toLetterBody} mutationOptions={{ onError }}>
      <SimpleForm>
        <LetterInputs />
        <Section title="resources.letters.sections.attachments" columns={1}>
          <FileUploadInput source="attachments" multiple />
        </Section>
      </SimpleForm>
    </Create>
  );
};
