import { Alert, Box, Paper, Typography } from '@mui/material';
import {
  EditButton,
  Labeled,
  ListButton,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { DateOnlyField, TimestampField } from '../common/fields';
import { Markdown } from '../common/Markdown';
import { Section } from '../common/Section';
import { PurposeField } from '../consents/consentFields';
import type { PolicyDocument } from '../types';
import { DeleteDraftButton } from './DeleteDraftButton';
import { DocumentStatusField } from './documentFields';
import { PublishButton } from './PublishButton';

const empty = 'pd.common.empty';

/** A version as people read it (rendered Markdown), with its hash and publication record. */
export const DocumentShow = () => (
  <Show actions={<DocumentShowActions />}>
    <DocumentCard />
  </Show>
);

const DocumentShowActions = () => {
  const record = useRecordContext<PolicyDocument>();
  return (
    <TopToolbar>
      {/* A published version never changes: only drafts can be edited, published or deleted. */}
      {record?.status === 'draft' && <EditButton />}
      <PublishButton />
      <DeleteDraftButton />
      <ListButton />
    </TopToolbar>
  );
};

const DocumentCard = () => {
  const record = useRecordContext<PolicyDocument>();
  const consentForms = useResourceContext() === 'consent-forms';
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      {record.status === 'published' && (
        <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>
          {translate('pd.documents.published_readonly')}
        </Alert>
      )}
      <Section title="pd.documents.sections.document" columns={4}>
        {consentForms && (
          <Labeled>
            <PurposeField source="purpose" />
          </Labeled>
        )}
        {consentForms && (
          <Labeled>
            <TextField source="title" />
          </Labeled>
        )}
        <Labeled>
          <TextField source="version" />
        </Labeled>
        <Labeled>
          <DateOnlyField source="effective_from" />
        </Labeled>
        <Labeled>
          <DocumentStatusField source="status" />
        </Labeled>
        <Labeled>
          <TextField source="consents_count" />
        </Labeled>
      </Section>
      <Section title="pd.documents.sections.publication" columns={4}>
        <Labeled>
          <TimestampField source="published_at" />
        </Labeled>
        <Labeled>
          <TextField source="published_by" emptyText={empty} />
        </Labeled>
        <Labeled>
          <TimestampField source="created_at" />
        </Labeled>
        <Labeled>
          <TimestampField source="updated_at" />
        </Labeled>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <Labeled source="text_sha256">
            <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {record.text_sha256}
            </Typography>
          </Labeled>
        </Box>
      </Section>
      <Section title="pd.documents.sections.text" columns={1}>
        <Paper variant="outlined" sx={{ p: 2, maxWidth: 860 }} component="article" data-testid="document-text">
          <Markdown source={record.text} />
        </Paper>
      </Section>
    </Box>
  );
};
