import { useState } from 'react';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import SearchIcon from '@mui/icons-material/ManageSearch';
import { Alert, Box, Button as MuiButton } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { AutocompleteInput, Button, Form, ReferenceInput, required, useRecordContext, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { CsvExportButton } from '../common/CsvExportButton';
import { DateTimeInput } from '../common/DateTimeInput';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';
import { AttachedEvidence } from './AttachedEvidence';
import { EvidenceEntries } from './EvidenceEntries';
import type { EvidenceList, EvidenceWindow } from '../providers/dataProvider';
import { evidenceCsvPath } from './paths';
import type { IncidentDetailRecord } from './incidentTypes';

const DAY_MS = 24 * 3_600_000;

/**
 * «Что уже знает журнал»: the audit entries that could explain the incident — every read, export and reveal of the
 * linked subjects in a window, and every action of a chosen staff member. Each listing is itself audited, so it runs
 * on a button, not on every keystroke; the same list is exported as CSV with a reason, or attached to the incident as
 * a frozen copy with its chain hashes and the checkpoint covering it.
 */
export const IncidentEvidence = () => {
  const incident = useRecordContext<IncidentDetailRecord>();
  const { canAccess } = useCan('incidents.evidence');
  const [found, setFound] = useState<{ window: EvidenceWindow; list: EvidenceList } | null>(null);
  const { run, isPending } = useAction({
    action: (dataProvider, window: EvidenceWindow) => dataProvider.listIncidentEvidence(incident!.id, window),
    onSuccess: (list, window) => setFound({ window, list }),
    showsFieldErrors: true,
  });
  if (!incident || !canAccess) return null;
  const start = {
    from: new Date(Date.parse(incident.detected_at) - 7 * DAY_MS).toISOString(),
    to: new Date().toISOString(),
    actor_id: null,
  };
  const submit = async (values: Record<string, unknown>) => {
    const outcome = await run(windowOf(values));
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <>
      <Form record={start} onSubmit={submit} noValidate>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' },
            columnGap: 2,
            alignItems: 'start',
          }}
        >
          <DateTimeInput source="from" label="resources.incidents.evidence.from" validate={required()} />
          <DateTimeInput source="to" label="resources.incidents.evidence.to" validate={required()} />
          <ReferenceInput
            source="actor_id"
            reference="assignees"
            sort={{ field: 'full_name', order: 'ASC' }}
            perPage={200}
          >
            <AutocompleteInput
              label="resources.incidents.evidence.actor"
              optionText="full_name"
              helperText="resources.incidents.evidence.actor_help"
            />
          </ReferenceInput>
        </Box>
        <EvidenceButtons incident={incident} pending={isPending} found={found?.list ?? null} />
      </Form>
      {found && <EvidenceEntries list={found.list} />}
      <AttachedEvidence />
    </>
  );
};

const windowOf = (values: Record<string, unknown>): EvidenceWindow => ({
  from: String(values.from ?? ''),
  to: String(values.to ?? ''),
  actor_id: values.actor_id ? Number(values.actor_id) : null,
});

/** List, export, attach: each for the window as the inputs now say. */
const EvidenceButtons = ({
  incident,
  pending,
  found,
}: {
  incident: IncidentDetailRecord;
  pending: boolean;
  found: EvidenceList | null;
}) => {
  const translate = useTranslate();
  const values = useWatch() as Record<string, unknown>;
  const window = windowOf(values);
  const complete = Boolean(window.from && window.to && !window.from.startsWith('pd:') && !window.to.startsWith('pd:'));
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
      <MuiButton type="submit" variant="contained" startIcon={<SearchIcon />} disabled={pending}>
        {translate('resources.incidents.evidence.list')}
      </MuiButton>
      {complete && (
        <CsvExportButton
          path={evidenceCsvPath(incident.id, window)}
          texts="resources.incidents.evidence.export"
          label="resources.incidents.evidence.export.button"
        />
      )}
      {complete && <AttachButton incident={incident} window={window} />}
      {found?.truncated && (
        <Alert severity="warning" sx={{ py: 0 }}>
          {translate('resources.incidents.evidence.truncated', { shown: found.entries.length, total: found.total })}
        </Alert>
      )}
    </Box>
  );
};

/** «Приложить к инциденту»: the server freezes the list as it is now, with the entries' hashes and the checkpoint. */
const AttachButton = ({ incident, window }: { incident: IncidentDetailRecord; window: EvidenceWindow }) => {
  const queryClient = useQueryClient();
  const { trigger } = useFormContext();
  const { run, isPending } = useAction({
    action: (dataProvider, target: EvidenceWindow) => dataProvider.attachIncidentEvidence(incident.id, target),
    successMessage: (evidence) => ({
      message: 'resources.incidents.notifications.evidence_attached',
      messageArgs: { smart_count: evidence.entries },
    }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['incidents', 'getOne', { id: String(incident.id) }] }),
  });
  const attach = async () => {
    if (await trigger()) await run(window);
  };
  return (
    <Button label="resources.incidents.evidence.attach" onClick={() => void attach()} disabled={isPending}>
      <AttachFileIcon />
    </Button>
  );
};
