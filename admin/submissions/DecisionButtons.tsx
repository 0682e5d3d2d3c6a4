import { useId, useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import LinkIcon from '@mui/icons-material/Link';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import { Button, Confirm, useCreatePath, useNavigate, useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';
import type { RejectCategory, SubmissionDetail } from '../types';
import { REJECT_CATEGORY_CHOICES } from './choices';
import { useLinkDialog } from './linkDialogState';
import { useAfterDecision } from './pendingCount';
import { useDecisionConflictHandler } from './useDecisionError';

/** The three decisions, offered only on a new submission to those who may decide. */
export const DecisionButtons = () => {
  const record = useRecordContext<SubmissionDetail>();
  const { canAccess } = useCan('submissions.decide', record);
  const { openLink } = useLinkDialog();
  if (!record || !canAccess || record.status !== 'new') return null;
  return (
    <>
      <Button label="resources.submissions.actions.link" onClick={() => openLink(record.matches?.[0]?.subject)}>
        <LinkIcon />
      </Button>
      <CreateSubjectButton record={record} />
      <RejectButton record={record} />
    </>
  );
};

const CreateSubjectButton = ({ record }: { record: SubmissionDetail }) => {
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const afterDecision = useAfterDecision();
  const handleConflict = useDecisionConflictHandler();
  const [open, setOpen] = useState(false);
  const { run, isPending } = useAction({
    action: (dataProvider) => dataProvider.createSubjectFromSubmission(record.id),
    successMessage: 'resources.submissions.notifications.created',
    onSuccess: ({ subject }) => {
      afterDecision();
      setOpen(false);
      navigate(createPath({ resource: 'subjects', id: subject.id, type: 'show' }));
    },
    onError: (error) => {
      setOpen(false);
      return handleConflict(error) !== undefined;
    },
  });

  return (
    <>
      <Button label="resources.submissions.actions.create_subject" onClick={() => setOpen(true)}>
        <PersonAddIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.submissions.create.title"
        content="resources.submissions.create.content"
        translateOptions={{ receipt: record.receipt_id }}
        onConfirm={() => run()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const RejectButton = ({ record }: { record: SubmissionDetail }) => {
  const translate = useTranslate();
  const afterDecision = useAfterDecision();
  const handleConflict = useDecisionConflictHandler();
  const categoryLabelId = useId();
  const [open, setOpen] = useState(false);
  const [category, setCategory] = useState<RejectCategory | ''>('');
  const [categoryMissing, setCategoryMissing] = useState(false);

  const close = () => {
    setOpen(false);
    setCategory('');
    setCategoryMissing(false);
  };

  const { run, isPending } = useAction({
    action: (dataProvider, body: { category: RejectCategory; reason: string }) =>
      dataProvider.rejectSubmission(record.id, body),
    successMessage: { message: 'resources.submissions.notifications.rejected', type: 'info' },
    // The card now shows the decision (who, when, why); the list and the menu badge too.
    invalidate: ['submissions'],
    onSuccess: () => {
      afterDecision();
      close();
    },
    onError: (error) => {
      const conflict = handleConflict(error);
      if (conflict === 'already_decided') close();
      return conflict !== undefined;
    },
  });

  const reject = async (reason: string) => {
    if (!category) {
      setCategoryMissing(true);
      return;
    }
    await run({ category, reason });
  };

  return (
    <>
      <Button label="resources.submissions.actions.reject" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="resources.submissions.reject.title"
        text="resources.submissions.reject.text"
        reasonLabel="resources.submissions.reject.reason"
        confirmLabel="resources.submissions.reject.submit"
        confirmColor="error"
        loading={isPending}
        onConfirm={reject}
        onClose={close}
      >
        <FormControl required error={categoryMissing} sx={{ mb: 2 }}>
          <FormLabel id={categoryLabelId}>{translate('resources.submissions.reject.category')}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={categoryLabelId}
            value={category}
            onChange={(event) => {
              setCategory(event.target.value as RejectCategory);
              setCategoryMissing(false);
            }}
          >
            {REJECT_CATEGORY_CHOICES.map((choice) => (
              <FormControlLabel key={choice.id} value={choice.id} control={<Radio />} label={translate(choice.name)} />
            ))}
          </RadioGroup>
          {categoryMissing && <FormHelperText>{translate('ra.validation.required')}</FormHelperText>}
        </FormControl>
      </ReasonDialog>
    </>
  );
};
