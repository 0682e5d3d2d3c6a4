import { CheckboxGroupInput, TextInput, maxLength, required } from 'react-admin';
import type { DisclosureCategory } from '../types';
import { CATEGORY_CHOICES, type DisclosureDetail } from './choices';
import { useDisclosureAction } from './useDisclosureAction';
import { FormDialog } from '../common/FormDialog';

/**
 * The compliance officer's approval: the categories that may be given, among those asked for (all of them ticked to
 * start with), and an optional comment. The server decides whether the basis allows medical information; its answer
 * stands beside the categories.
 */
export const ApproveDialog = ({
  disclosure,
  open,
  onClose,
}: {
  disclosure: DisclosureDetail;
  open: boolean;
  onClose: () => void;
}) => {
  const { run, isPending } = useDisclosureAction<{ categories: DisclosureCategory[]; comment: string | null }>(
    disclosure,
    {
      action: (dataProvider, body) =>
        dataProvider.moveDisclosure(disclosure.id, 'approve', { ...body, version: disclosure.version }),
      successMessage: 'resources.disclosures.notifications.approved',
      onSuccess: onClose,
      showsFieldErrors: true,
    },
  );
  const requested = CATEGORY_CHOICES.filter((c) =>
    (disclosure.categories_requested as readonly string[]).includes(c.id),
  );
  // react-admin's Form puts what onSubmit returns beside the fields: the server's field errors.
  const submit = async (values: Record<string, unknown>) => {
    const comment = String(values.comment ?? '').trim();
    const outcome = await run({
      categories: (values.categories as DisclosureCategory[] | undefined) ?? [],
      comment: comment === '' ? null : comment,
    });
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      pending={isPending}
      title="resources.disclosures.approve.title"
      text="resources.disclosures.approve.text"
      submitLabel="resources.disclosures.approve.submit"
      record={{ categories: [...disclosure.categories_requested], comment: '' }}
      onSubmit={submit}
    >
      <CheckboxGroupInput
        source="categories"
        label="resources.disclosures.approve.categories"
        choices={requested}
        validate={required()}
        row={false}
      />
      <TextInput
        source="comment"
        label="resources.disclosures.approve.comment"
        validate={maxLength(2000)}
        multiline
        minRows={2}
        autoComplete="off"
      />
    </FormDialog>
  );
};
