import { useState } from 'react';
import SendIcon from '@mui/icons-material/Send';
import { Button, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { DateInput } from '../common/DateInput';
import { todayIso } from '../common/format';
import { useAction } from '../common/useAction';
import type { Reply, ReplyChannel } from '../types';
import { REPLY_CHANNEL_CHOICES, type ReplyRecord } from './replyFields';
import { FormDialog } from '../common/FormDialog';

/**
 * «Отправить»: the day it went, how, and the postal tracking number. The server numbers and freezes the reply and
 * answers the letter (or extends its term) in one transaction; the letter, its terms and the lists go stale.
 */
export const SendReplyButton = ({ reply }: { reply: ReplyRecord }) => {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const { run, isPending } = useAction<Reply, { sent_on: string; channel: ReplyChannel; tracking: string | null }>({
    action: (dataProvider, body) => dataProvider.sendReply(reply.id, { ...body, version: reply.version }),
    invalidate: ['replies', 'letters', 'deadlines'],
    showsFieldErrors: true,
    successMessage: (data) => ({
      message: 'resources.replies.notifications.sent',
      messageArgs: { number: data.out_number },
    }),
    onSuccess: (data) => {
      queryClient.setQueryData(['replies', 'getOne', { id: String(reply.id) }], data);
      setOpen(false);
    },
  });
  const submit = async (values: Record<string, unknown>) => {
    const outcome = await run({
      sent_on: String(values.sent_on ?? ''),
      channel: values.channel as ReplyChannel,
      tracking: String(values.tracking ?? '').trim() || null,
    });
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <>
      <Button label="resources.replies.actions.send" onClick={() => setOpen(true)}>
        <SendIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        pending={isPending}
        title="resources.replies.send.title"
        text="resources.replies.send.text"
        submitLabel="resources.replies.send.submit"
        record={{ sent_on: todayIso(), channel: 'post', tracking: '' }}
        onSubmit={submit}
      >
        <DateInput
          source="sent_on"
          label="resources.replies.fields.sent_on"
          maxDate={todayIso()}
          validate={required()}
        />
        <SelectInput
          source="channel"
          label="resources.replies.fields.channel"
          choices={REPLY_CHANNEL_CHOICES}
          validate={required()}
        />
        <TextInput
          source="tracking"
          label="resources.replies.fields.tracking"
          validate={maxLength(40)}
          autoComplete="off"
        />
      </FormDialog>
    </>
  );
};
