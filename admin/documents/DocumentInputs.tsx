import { Box, Paper, Typography } from '@mui/material';
import {
  FormDataConsumer,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../common/DateInput';
import { Markdown } from '../common/Markdown';
import { Section } from '../common/Section';
import { PURPOSE_CHOICES } from '../consents/choices';

/** The draft's fields, with the text rendered beside the editor as it will be shown. */
export const DocumentInputs = () => {
  const consentForms = useResourceContext() === 'consent-forms';
  return (
    <>
      <Section title="pd.documents.sections.document" columns={consentForms ? 4 : 2}>
        {consentForms && <SelectInput source="purpose" choices={PURPOSE_CHOICES} validate={required()} />}
        {consentForms && <TextInput source="title" validate={[required(), maxLength(300)]} autoComplete="off" />}
        <TextInput
          source="version"
          validate={[required(), maxLength(50)]}
          helperText="pd.documents.helpers.version"
          autoComplete="off"
        />
        <DateInput source="effective_from" validate={required()} helperText="pd.documents.helpers.effective_from" />
      </Section>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' },
          columnGap: 3,
          width: '100%',
          alignItems: 'start',
        }}
      >
        <Section title="pd.documents.sections.text" columns={1}>
          <TextInput
            source="text"
            multiline
            minRows={18}
            validate={[required(), maxLength(90_000)]}
            helperText="pd.documents.helpers.text"
            sx={{ '& textarea': { fontFamily: 'monospace', fontSize: '0.875rem' } }}
          />
        </Section>
        <Section title="pd.documents.sections.preview" columns={1}>
          <FormDataConsumer>{({ formData }) => <MarkdownPreview text={formData.text} />}</FormDataConsumer>
        </Section>
      </Box>
    </>
  );
};

const MarkdownPreview = ({ text }: { text?: string }) => {
  const translate = useTranslate();
  return (
    <Paper
      variant="outlined"
      component="article"
      aria-label={translate('pd.documents.sections.preview')}
      data-testid="markdown-preview"
      sx={{ p: 2, minHeight: 200, maxHeight: 640, overflowY: 'auto' }}
    >
      {text?.trim() ? (
        <Markdown source={text} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('pd.documents.preview_empty')}
        </Typography>
      )}
    </Paper>
  );
};
