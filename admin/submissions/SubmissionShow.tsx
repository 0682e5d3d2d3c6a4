import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  EmailField,
  Labeled,
  ListButton,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateOnlyField, IpField, PhoneField, TimestampField } from '../common/fields';
import { Section } from '../common/Section';
import { SEX_CHOICES } from '../subjects/choices';
import type { SubmissionDetail } from '../types';
import { DecisionButtons } from './DecisionButtons';
import { LinkDialogProvider } from './linkDialogState';
import { LinkSubmissionDialog } from './LinkSubmissionDialog';
import { SubmissionDecision } from './SubmissionDecision';
import { SubmissionMatches } from './SubmissionMatches';
import { ServiceField, SubmissionStatusChip } from './submissionFields';

const empty = 'pd.common.empty';

/**
 * The card of one submission: what the person sent, the consents they gave with the
 * evidence, and either the suggested matches and the decisions (while new) or the
 * decision taken. Opening it is an audited read (the message may hold health details).
 */
export const SubmissionShow = () => (
  <LinkDialogProvider>
    <Show actions={<SubmissionShowActions />}>
      <SubmissionCard />
    </Show>
  </LinkDialogProvider>
);

const SubmissionShowActions = () => (
  <TopToolbar>
    <DecisionButtons />
    <ListButton />
  </TopToolbar>
);

const SubmissionCard = () => {
  const record = useRecordContext<SubmissionDetail>();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Section title="resources.submissions.sections.submission">
        <Labeled>
          <TextField source="receipt_id" />
        </Labeled>
        <Labeled>
          <ServiceField source="service" />
        </Labeled>
        <Labeled>
          <SubmissionStatusChip source="status" />
        </Labeled>
        <Labeled>
          <TimestampField source="received_at" />
        </Labeled>
        <Labeled>
          <TextField source="preferred_time" emptyText={empty} />
        </Labeled>
        <Labeled>
          <ReferenceField source="policy_version_id" reference="policies" link="show">
            <TextField source="version" />
          </ReferenceField>
        </Labeled>
      </Section>
      <Section title="resources.submissions.sections.person">
        <Labeled>
          <TextField source="last_name" />
        </Labeled>
        <Labeled>
          <TextField source="first_name" />
        </Labeled>
        <Labeled>
          <TextField source="patronymic" emptyText={empty} />
        </Labeled>
        <Labeled>
          <DateOnlyField source="birth_date" />
        </Labeled>
        <Labeled>
          <SelectField source="sex" choices={SEX_CHOICES} emptyText={empty} />
        </Labeled>
        <Labeled>
          <PhoneField source="phone" />
        </Labeled>
        <Labeled>
          <EmailField source="email" emptyText={empty} />
        </Labeled>
      </Section>
      <Section title="resources.submissions.sections.message" columns={1}>
        <SubmissionMessage />
      </Section>
      <Section title="resources.submissions.sections.evidence" columns={1}>
        <ConsentEvidence />
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' }, columnGap: 3 }}>
          <Labeled>
            <IpField source="ip" />
          </Labeled>
          <Labeled>
            <TextField source="user_agent" emptyText={empty} />
          </Labeled>
        </Box>
      </Section>
      {record.status === 'new' ? (
        <Section title="resources.submissions.sections.matches" columns={1}>
          <SubmissionMatches />
        </Section>
      ) : (
        <Section title="resources.submissions.sections.decision">
          <SubmissionDecision />
        </Section>
      )}
      <LinkSubmissionDialog />
    </Box>
  );
};

const SubmissionMessage = () => {
  const record = useRecordContext<SubmissionDetail>();
  const translate = useTranslate();
  if (!record?.message) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.submissions.message.empty')}
      </Typography>
    );
  }
  return (
    <Alert severity="warning" variant="outlined" icon={false}>
      <Box component="blockquote" data-testid="submission-message" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
        {record.message}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {translate('resources.submissions.message.notice')}
      </Typography>
    </Alert>
  );
};

/** Each consent the person ticked: its purpose, the form (version) and the hash of the text they saw. */
const ConsentEvidence = () => {
  const record = useRecordContext<SubmissionDetail>();
  const translate = useTranslate();
  const consents = record?.consents ?? [];
  if (consents.length === 0) {
    return <Typography variant="body2">{translate('resources.submissions.evidence.none')}</Typography>;
  }
  return (
    <Table size="small" aria-label={translate('resources.submissions.sections.evidence')} sx={{ mb: 1 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.submissions.evidence.purpose')}</TableCell>
          <TableCell>{translate('resources.submissions.evidence.form')}</TableCell>
          <TableCell>{translate('resources.submissions.evidence.sha256')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {consents.map((consent) => (
          <TableRow key={consent.consent_form_id}>
            <TableCell>{translate(`resources.consents.purpose.${consent.purpose}`, { _: consent.purpose })}</TableCell>
            <TableCell>
              <ReferenceField record={consent} source="consent_form_id" reference="consent-forms" link="show">
                <TextField source="title" /> (<TextField source="version" />)
              </ReferenceField>
            </TableCell>
            <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.75rem', wordBreak: 'break-all' }}>
              {consent.form_sha256}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
