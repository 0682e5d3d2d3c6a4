import { Alert, Box, Typography } from '@mui/material';
import {
  Edit,
  FormDataConsumer,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  required,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { Markdown } from '../common/Markdown';
import type { ReplyRecord } from './replyFields';

/**
 * A draft's text: Markdown on the left, the letter as it will read on the right. Saved with the version read (409
 * if someone else saved meanwhile); a sent reply is frozen (the server answers 409 reply_sent).
 */
export const ReplyEdit = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{
        onSuccess: (reply: ReplyRecord) => {
          notify('resources.replies.notifications.saved', { type: 'info' });
          redirect('show', 'replies', reply.id);
        },
      }}
    >
      <ReplyEditForm />
    </Edit>
  );
};

const ReplyEditForm = () => {
  const reply = useRecordContext<ReplyRecord>();
  const translate = useTranslate();
  if (!reply) return null;
  if (reply.status === 'sent') {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('resources.replies.edit.sent_locked')}
      </Alert>
    );
  }
  return (
    <SimpleForm
      toolbar={
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 3, width: '100%' }}>
        <TextInput
          source="text"
          multiline
          minRows={18}
          validate={required()}
          helperText="resources.replies.edit.help"
          sx={{ '& textarea': { fontFamily: 'monospace', fontSize: '0.875rem' } }}
        />
        <Preview />
      </Box>
    </SimpleForm>
  );
};

const Preview = () => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="reply-preview" sx={{ minWidth: 0 }}>
      <Typography id="reply-preview" variant="subtitle2" component="h2" sx={{ mb: 1 }}>
        {translate('resources.replies.edit.preview')}
      </Typography>
      <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, bgcolor: 'background.paper' }}>
        <FormDataConsumer<{ text?: string }>>
          {({ formData }) => <Markdown source={formData.text ?? ''} />}
        </FormDataConsumer>
      </Box>
    </Box>
  );
};
