import { useState } from 'react';
import PostAddIcon from '@mui/icons-material/PostAdd';
import {
  Button,
  FormDataConsumer,
  SelectInput,
  TextInput,
  maxLength,
  minLength,
  required,
  useRecordContext,
  useRedirect,
} from 'react-admin';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';
import { MIN_REASON_LENGTH, type LetterDetail, type Reply, type ReplyKind } from '../types';
import { KINDS_WITH_REASON, replyKindsFor } from './replyKinds';
import { FormDialog } from '../common/FormDialog';

interface DraftBody {
  kind: ReplyKind;
  reason?: string;
}

/**
 * «Подготовить ответ»: the kinds that fit the letter's kind and state; the server drafts the text from its template
 * and the operator goes on to edit it.
 */
export const PrepareReplyButton = () => {
  const letter = useRecordContext<LetterDetail>();
  const { canAccess } = useCan('replies.create');
  if (!letter || !canAccess || letter.personal_destroyed) return null;
  const kinds = replyKindsFor(letter);
  if (!kinds.length) return null;
  return <PrepareReply letter={letter} kinds={kinds} />;
};

const PrepareReply = ({ letter, kinds }: { letter: LetterDetail; kinds: ReplyKind[] }) => {
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const { run, isPending } = useAction<Reply, DraftBody>({
    action: async (dataProvider, body) =>
      (await dataProvider.create<Reply & { id: number }>('replies', { data: { letter_id: letter.id, ...body } })).data,
    invalidate: ['replies'],
    showsFieldErrors: true,
    successMessage: 'resources.replies.notifications.drafted',
    onSuccess: (reply) => {
      setOpen(false);
      redirect('edit', 'replies', reply.id);
    },
  });
  const submit = async (values: Record<string, unknown>) => {
    const kind = values.kind as ReplyKind;
    const reason = String(values.reason ?? '').trim();
    const outcome = await run({ kind, ...(KINDS_WITH_REASON.includes(kind) && reason ? { reason } : {}) });
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  const choices = kinds.map((kind) => ({ id: kind, name: `resources.replies.kind.${kind}` }));
  return (
    <>
      <Button label="resources.replies.actions.prepare" onClick={() => setOpen(true)}>
        <PostAddIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        pending={isPending}
        title="resources.replies.prepare.title"
        text="resources.replies.prepare.text"
        submitLabel="resources.replies.prepare.submit"
        record={{ kind: kinds[0], reason: '' }}
        onSubmit={submit}
      >
        <SelectInput source="kind" label="resources.replies.fields.kind" choices={choices} validate={required()} />
        <FormDataConsumer<{ kind?: ReplyKind }>>
          {({ formData }) =>
            formData.kind && KINDS_WITH_REASON.includes(formData.kind) ? (
              <TextInput
                source="reason"
                label="resources.replies.fields.reason"
                helperText="resources.replies.prepare.reason_help"
                multiline
                minRows={2}
                validate={[minLength(MIN_REASON_LENGTH), maxLength(2000)]}
              />
            ) : null
          }
        </FormDataConsumer>
      </FormDialog>
    </>
  );
};
