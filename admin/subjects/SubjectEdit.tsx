import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Edit,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  minLength,
  required,
  useNotify,
  useRecordContext,
  useRedirect,
  type UpdateParams,
} from 'react-admin';
import { Section } from '../common/Section';
import { CorrectionBasisInput, withLetterBasis } from '../letters/CorrectionBasisInput';
import { errorBody, errorStatus } from '../providers/httpClient';
import { MIN_REASON_LENGTH, type Subject } from '../types';
import { toUpdateBody } from './subjectPayload';
import { SubjectInputs } from './SubjectInputs';

/**
 * A correction («уточнение») of a subject's data. Pessimistic, so the server's field
 * errors land beside the inputs; the record's version guards against overwriting a
 * colleague's change (409 version_conflict).
 */
export const SubjectEdit = () => {
  const onError = useVersionConflictHandler();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={withLetterBasis(toUpdateBody)}
      mutationOptions={{ onError: onError.handle }}
    >
      <DestroyedInstead />
      {/* A new key remounts the form, so it starts again from the record the server sent back. */}
      <SimpleForm key={onError.formKey} toolbar={<SaveOnlyToolbar />}>
        <SubjectInputs />
        <Section title="resources.subjects.sections.correction" columns={1}>
          <CorrectionBasisInput />
          <TextInput
            source="medical_info"
            label="resources.subjects.fields.medical_info_replace"
            validate={maxLength(20000)}
            helperText="resources.subjects.helpers.medical_info_replace"
            multiline
            minRows={3}
            autoComplete="off"
          />
          <TextInput
            source="correction_reason"
            helperText="resources.subjects.helpers.correction_reason"
            validate={[required(), minLength(MIN_REASON_LENGTH), maxLength(2000)]}
            multiline
            minRows={2}
            autoComplete="off"
          />
        </Section>
      </SimpleForm>
    </Edit>
  );
};

/** A destroyed subject has nothing to correct (its address typed by hand): its card, not a form of placeholders. */
const DestroyedInstead = () => {
  const subject = useRecordContext<Subject>();
  const redirect = useRedirect();
  const destroyedId = subject?.status === 'destroyed' ? subject.id : null;
  useEffect(() => {
    if (destroyedId !== null) redirect('show', 'subjects', destroyedId);
  }, [destroyedId, redirect]);
  return null;
};

/** No delete button: destruction is a separate, documented workflow. */
const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

const useVersionConflictHandler = () => {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [formKey, setFormKey] = useState(0);

  const handle = (error: unknown, variables: Partial<UpdateParams>) => {
    const body = errorBody(error);
    if (errorStatus(error) === 409 && body?.code === 'version_conflict') {
      const queryKey = ['subjects', 'getOne', { id: String(variables.id) }];
      if (body.current) {
        queryClient.setQueryData(queryKey, body.current);
      } else {
        void queryClient.invalidateQueries({ queryKey });
      }
      setFormKey((key) => key + 1);
      notify('resources.subjects.notifications.version_conflict', { type: 'warning', autoHideDuration: 10000 });
      return;
    }
    const fieldErrors = body?.errors;
    if (fieldErrors && typeof fieldErrors === 'object' && Object.keys(fieldErrors).length > 0) {
      // Shown beside the fields; react-admin adds its "form is invalid" notice.
      return;
    }
    const message = (error as Error | undefined)?.message;
    notify(message || 'ra.notification.http_error', { type: 'error', messageArgs: { _: message } });
  };

  return { handle, formKey };
};
