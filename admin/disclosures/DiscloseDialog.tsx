import { SelectInput, TextInput, maxLength, minLength, required } from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { DateInput } from '../common/DateInput';
import { todayIso } from '../common/format';
import { MIN_REASON_LENGTH, type DisclosureChannel } from '../types';
import { CHANNEL_CHOICES, type DisclosureDetail } from './choices';
import { useDisclosureAction } from './useDisclosureAction';

interface DiscloseValues {
  disclosed_on: string;
  channel: DisclosureChannel;
  reference: string | null;
  disclosed_content: string;
}

/** The operator records the answer given: the day (receipt to today), how it went, its reference, and what it held. */
export const DiscloseDialog = ({
  disclosure,
  open,
  onClose,
}: {
  disclosure: DisclosureDetail;
  open: boolean;
  onClose: () => void;
}) => {
  const { run, isPending } = useDisclosureAction<DiscloseValues>(disclosure, {
    action: (dataProvider, body) =>
      dataProvider.moveDisclosure(disclosure.id, 'disclose', { ...body, version: disclosure.version }),
    successMessage: 'resources.disclosures.notifications.disclosed',
    onSuccess: onClose,
    showsFieldErrors: true,
  });
  const submit = async (values: Record<string, unknown>) => {
    const reference = String(values.reference ?? '').trim();
    const outcome = await run({
      disclosed_on: String(values.disclosed_on ?? ''),
      channel: values.channel as DisclosureChannel,
      reference: reference === '' ? null : reference,
      disclosed_content: String(values.disclosed_content ?? '').trim(),
    });
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      pending={isPending}
      title="resources.disclosures.disclose.title"
      text="resources.disclosures.disclose.text"
      submitLabel="resources.disclosures.disclose.submit"
      record={{ disclosed_on: todayIso(), channel: null, reference: '', disclosed_content: '' }}
      onSubmit={submit}
    >
      <DateInput
        source="disclosed_on"
        label="resources.disclosures.fields.disclosed_on"
        minDate={disclosure.received_on}
        maxDate={todayIso()}
        validate={required()}
      />
      <SelectInput
        source="channel"
        label="resources.disclosures.fields.channel"
        choices={CHANNEL_CHOICES}
        validate={required()}
      />
      <TextInput
        source="reference"
        label="resources.disclosures.fields.reference"
        validate={maxLength(200)}
        autoComplete="off"
      />
      <TextInput
        source="disclosed_content"
        label="resources.disclosures.fields.disclosed_content"
        helperText="resources.disclosures.disclose.content_helper"
        validate={[required(), minLength(MIN_REASON_LENGTH), maxLength(2000)]}
        multiline
        minRows={3}
        autoComplete="off"
      />
    </FormDialog>
  );
};
