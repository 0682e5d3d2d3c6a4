import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { FileUploadInput } from '../common/FileUploadInput';
import { Section } from '../common/Section';
import { LetterInputs, toLetterBody } from './LetterInputs';
import { useLetterSaveError } from './useLetterSaveError';

/**
 * Changing a letter's registration data while it is worked on (a typing error, another assignee), and adding files.
 * The server recounts the terms when the kind or the day of receipt changes; the version guards against overwriting a
 * colleague's change (409).
 */
export const LetterEdit = () => {
  const onError = useLetterSaveError();
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={toLetterBody} mutationOptions={{ onError }}>
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <LetterInputs />
        <Section title="resources.letters.sections.add_attachments" columns={1}>
          <FileUploadInput source="attachments" multiple />
        </Section>
      </SimpleForm>
    </Edit>
  );
};

/** No delete: the register keeps every number it gave (the server answers 405). */
const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
