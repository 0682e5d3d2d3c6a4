import { Alert, Box, Typography } from '@mui/material';
import {
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { IpField, TimestampField } from '../common/fields';
import { Section } from '../common/Section';
import type { Consent } from '../types';
import { ChannelField, ConsentStatusChip, GivenAtField, PurposeField } from './consentFields';
import { WithdrawConsentButton } from './WithdrawConsentButton';

const empty = 'pd.common.empty';

export const ConsentShow = () => (
  <Show actions={<ConsentShowActions />}>
    <ConsentCard />
  </Show>
);

const ConsentShowActions = () => (
  <TopToolbar>
    <WithdrawConsentButton />
    <ListButton />
  </TopToolbar>
);

const ConsentCard = () => {
  const record = useRecordContext<Consent>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>
        {translate('resources.consents.immutable')}
      </Alert>
      <Section title="resources.consents.sections.consent">
        <Labeled>
          <ReferenceField source="subject_id" reference="subjects" link="show" />
        </Labeled>
        <Labeled>
          <PurposeField source="purpose" />
        </Labeled>
        <Labeled>
          <ConsentStatusChip source="status" />
        </Labeled>
        <Labeled>
          <ReferenceField source="consent_form_id" reference="consent-forms" link="show">
            <TextField source="title" /> (<TextField source="version" />)
          </ReferenceField>
        </Labeled>
        <Labeled source="policy_version_id">
          {record.policy_version_id != null ? (
            <ReferenceField source="policy_version_id" reference="policies" link="show">
              <TextField source="version" />
            </ReferenceField>
          ) : (
            <Typography variant="body2">{translate(empty)}</Typography>
          )}
        </Labeled>
        <Labeled source="form_sha256">
          <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
            {record.form_sha256}
          </Typography>
        </Labeled>
      </Section>
      <Section title="resources.consents.sections.evidence">
        <Labeled>
          <GivenAtField source="given_at" />
        </Labeled>
        <Labeled>
          <ChannelField source="channel" />
        </Labeled>
        <Labeled>
          <TextField source="recorded_by_login" />
        </Labeled>
        {record.submission_id != null && (
          <Labeled>
            <ReferenceField source="submission_id" reference="submissions" link="show" />
          </Labeled>
        )}
        <Labeled>
          <IpField source="ip" />
        </Labeled>
        <Labeled>
          <TextField source="user_agent" emptyText={empty} />
        </Labeled>
        <Labeled>
          <TimestampField source="created_at" />
        </Labeled>
      </Section>
      {record.channel === 'representative' && (
        <Section title="resources.consents.sections.representative" columns={2}>
          <Labeled>
            <TextField source="representative_name" />
          </Labeled>
          <Labeled>
            <TextField source="representative_document" />
          </Labeled>
        </Section>
      )}
      {record.status === 'withdrawn' && (
        <Section title="resources.consents.sections.withdrawal" columns={2}>
          <Labeled>
            <TimestampField source="withdrawn_at" />
          </Labeled>
          <Labeled>
            <TextField source="withdrawal_basis" emptyText={empty} />
          </Labeled>
        </Section>
      )}
    </Box>
  );
};
