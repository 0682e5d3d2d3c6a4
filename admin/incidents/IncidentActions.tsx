import { useState, type ReactElement, type ReactNode } from 'react';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import OutboxIcon from '@mui/icons-material/Outbox';
import ScienceIcon from '@mui/icons-material/Science';
import { Button, TextInput, maxLength, required, useRecordContext } from 'react-admin';
import { DateTimeInput } from '../common/DateTimeInput';
import { FormDialog } from '../common/FormDialog';
import type { PdDataProvider } from '../providers/dataProvider';
import { useCan } from '../providers/useCan';
import { INCIDENT_TRANSITIONS, type IncidentStatus, type IncidentTransition } from '../types';
import type { IncidentDetailRecord } from './incidentTypes';
import { useIncidentAction } from './useIncidentAction';

const allows = (transition: IncidentTransition, status: IncidentStatus) =>
  (INCIDENT_TRANSITIONS[transition].from as readonly IncidentStatus[]).includes(status);

const trimmed = (value: unknown) => String(value ?? '').trim();

/**
 * The step the incident's state allows: record the 24-hour notice as sent through Roskomnadzor's portal, then the
 * 72-hour results, then close it. The officer sends by hand; here the moment and the portal's reference are kept.
 */
export const IncidentActions = () => {
  const incident = useRecordContext<IncidentDetailRecord>();
  const { canAccess } = useCan('incidents.process');
  if (!incident || !canAccess) return null;
  return (
    <>
      {allows('notify', incident.status) && (
        <StepButton
          incident={incident}
          prefix="notify"
          icon={<OutboxIcon />}
          start={{ sent_at: new Date().toISOString(), reference: '' }}
          call={(dataProvider, values) =>
            dataProvider.moveIncident(incident.id, 'notify', {
              sent_at: String(values.sent_at),
              reference: trimmed(values.reference),
            })
          }
        >
          <SentInputs incident={incident} />
        </StepButton>
      )}
      {allows('report_results', incident.status) && (
        <StepButton
          incident={incident}
          prefix="report_results"
          icon={<ScienceIcon />}
          start={{ sent_at: new Date().toISOString(), reference: '', results: '' }}
          call={(dataProvider, values) =>
            dataProvider.moveIncident(incident.id, 'report-results', {
              sent_at: String(values.sent_at),
              reference: trimmed(values.reference),
              results: trimmed(values.results),
            })
          }
        >
          <SentInputs incident={incident} />
          <TextInput
            source="results"
            label="resources.incidents.fields.results"
            validate={required()}
            multiline
            minRows={3}
            fullWidth
            helperText="resources.incidents.helpers.results"
          />
        </StepButton>
      )}
      {allows('close', incident.status) && (
        <StepButton
          incident={incident}
          prefix="close"
          icon={<DoneAllIcon />}
          start={{ root_cause: '', remediation: '' }}
          call={(dataProvider, values) =>
            dataProvider.moveIncident(incident.id, 'close', {
              root_cause: trimmed(values.root_cause),
              remediation: trimmed(values.remediation),
            })
          }
        >
          <TextInput
            source="root_cause"
            label="resources.incidents.fields.root_cause"
            validate={required()}
            multiline
            minRows={2}
            fullWidth
            autoFocus
          />
          <TextInput
            source="remediation"
            label="resources.incidents.fields.remediation"
            validate={required()}
            multiline
            minRows={2}
            fullWidth
          />
        </StepButton>
      )}
    </>
  );
};

/** The moment sent (not before detection, not in the future) and the reference number the portal gave. */
const SentInputs = ({ incident }: { incident: IncidentDetailRecord }) => (
  <>
    <DateTimeInput
      source="sent_at"
      label="resources.incidents.fields.sent_at"
      minDate={incident.detected_at}
      maxDate={new Date()}
      validate={required()}
      fullWidth
    />
    <TextInput
      source="reference"
      label="resources.incidents.fields.reference"
      validate={[required(), maxLength(100)]}
      helperText="resources.incidents.helpers.reference"
      autoComplete="off"
      fullWidth
      autoFocus
    />
  </>
);

/**
 * A step asked in a FormDialog: resources.incidents.<prefix>.{title,text,submit}, its button
 * resources.incidents.actions.<prefix>, its notice resources.incidents.notifications.<prefix>.
 */
const StepButton = ({
  incident,
  prefix,
  icon,
  start,
  call,
  children,
}: {
  incident: IncidentDetailRecord;
  prefix: string;
  icon: ReactElement;
  start: Record<string, unknown>;
  call: (dataProvider: PdDataProvider, values: Record<string, unknown>) => Promise<IncidentDetailRecord>;
  children: ReactNode;
}) => {
  const [open, setOpen] = useState(false);
  const { run, isPending } = useIncidentAction<Record<string, unknown>>(incident, {
    action: call,
    successMessage: {
      message: `resources.incidents.notifications.${prefix}`,
      messageArgs: { number: incident.number },
    },
    onSuccess: () => setOpen(false),
    showsFieldErrors: true,
  });
  // react-admin's Form puts what onSubmit returns beside the fields: the server's field errors.
  const submit = async (values: Record<string, unknown>) => {
    const outcome = await run(values);
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <>
      <Button label={`resources.incidents.actions.${prefix}`} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      {open && (
        <FormDialog
          open
          onClose={() => setOpen(false)}
          pending={isPending}
          title={`resources.incidents.${prefix}.title`}
          titleArgs={{ number: incident.number }}
          text={`resources.incidents.${prefix}.text`}
          submitLabel={`resources.incidents.${prefix}.submit`}
          record={start}
          onSubmit={submit}
        >
          {children}
        </FormDialog>
      )}
    </>
  );
};
