import { useState } from 'react';
import LinkIcon from '@mui/icons-material/Link';
import { AutocompleteArrayInput, Button, ReferenceArrayInput, TextInput, required, type Validator } from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { formatDate } from '../common/format';
import { useCan } from '../providers/useCan';
import { subjectFullName } from '../subjects/subjectPayload';
import type { Subject } from '../types';
import type { IncidentDetailRecord } from './incidentTypes';
import { useIncidentAction } from './useIncidentAction';

/**
 * «Связать субъектов»: the people whose data the incident concerns, so that their «История» shows it (the link is
 * audited). Compliance picks them from the subjects; the administrator, who does not see subjects, types their ids.
 * Linking one already linked changes nothing (the server's link is idempotent).
 */
export const LinkSubjectsButton = ({ incident }: { incident: IncidentDetailRecord }) => {
  const [open, setOpen] = useState(false);
  const { canAccess: canProcess } = useCan('incidents.process');
  const { canAccess: seesSubjects } = useCan('subjects.list');
  const { run, isPending } = useIncidentAction<number[]>(incident, {
    action: (dataProvider, ids) => dataProvider.linkIncidentSubjects(incident.id, ids),
    successMessage: (_data, ids) => ({
      message: 'resources.incidents.notifications.linked',
      messageArgs: { smart_count: ids.length },
    }),
    onSuccess: () => setOpen(false),
    showsFieldErrors: true,
  });
  if (!canProcess || incident.status === 'closed') return null;
  const submit = async (values: Record<string, unknown>) => {
    const ids = seesSubjects ? (values.subject_ids as number[]) : parseIds(String(values.subject_ids_text ?? ''));
    const outcome = await run(ids.map(Number));
    if (outcome.ok) return undefined;
    // The admin's field is the text: the server's error on subject_ids goes beside it.
    const errors = outcome.fieldErrors;
    return errors && !seesSubjects && errors.subject_ids ? { subject_ids_text: errors.subject_ids } : errors;
  };
  return (
    <>
      <Button label="resources.incidents.actions.link_subjects" onClick={() => setOpen(true)}>
        <LinkIcon />
      </Button>
      {open && (
        <FormDialog
          open
          onClose={() => setOpen(false)}
          pending={isPending}
          title="resources.incidents.link.title"
          titleArgs={{ number: incident.number }}
          text={seesSubjects ? 'resources.incidents.link.text' : 'resources.incidents.link.text_ids'}
          submitLabel="resources.incidents.link.submit"
          record={{ subject_ids: [], subject_ids_text: '' }}
          onSubmit={submit}
        >
          {seesSubjects ? (
            <ReferenceArrayInput
              source="subject_ids"
              reference="subjects"
              sort={{ field: 'last_name', order: 'ASC' }}
              perPage={10}
            >
              <AutocompleteArrayInput
                label="resources.incidents.link.subjects"
                optionText={subjectOption}
                validate={required()}
                helperText="resources.incidents.link.subjects_help"
                fullWidth
              />
            </ReferenceArrayInput>
          ) : (
            <TextInput
              source="subject_ids_text"
              label="resources.incidents.link.ids"
              validate={[required(), idsValid]}
              helperText="resources.incidents.link.ids_help"
              autoComplete="off"
              fullWidth
              autoFocus
            />
          )}
        </FormDialog>
      )}
    </>
  );
};

const subjectOption = (subject: Subject) =>
  [subjectFullName(subject), formatDate(subject.birth_date)].filter(Boolean).join(', ');

/** «12, 15 31» → [12, 15, 31]; anything but whole numbers separated by commas or spaces is refused. */
export const parseIds = (text: string): number[] =>
  [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(Number),
    ),
  ].filter((id) => Number.isInteger(id) && id > 0);

const idsValid: Validator = (value: unknown) => {
  const parts = String(value ?? '')
    .split(/[\s,;]+/)
    .filter(Boolean);
  return parts.every((part) => /^\d+$/.test(part) && Number(part) > 0)
    ? undefined
    : 'resources.incidents.link.ids_invalid';
};
