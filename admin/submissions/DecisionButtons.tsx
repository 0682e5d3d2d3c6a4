import { useId, useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import LinkIcon from '@mui/icons-material/Link';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import {
  Button,
  Confirm,
  useCanAccess,
  useCreatePath,
  useDataProvider,
  useNavigate,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import type { PdDataProvider } from '../providers/dataProvider';
import type { RejectCategory, SubmissionDetail } from '../types';
import { REJECT_CATEGORY_CHOICES } from './choices';
import { useLinkDialog } from './linkDialogState';
import { useAfterDecision } from './pendingCount';
import { useDecisionErrorHandler } from './useDecisionError';

/** The three decisions, offered only on a new submission to those who may decide. */
export const DecisionButtons = () => {
  const record = useRecordContext<SubmissionDetail>();
  const { canAccess } = useCanAccess({ resource: 'submissions', action: 'decide', record });
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
  const dataProvider = useDataProvider<PdDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const afterDecision = useAfterDecision();
  const handleError = useDecisionErrorHandler();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);

  const create = async () => {
    setLoading(true);
    try {
      const { subject } = await dataProvider.createSubjectFromSubmission(record.id);
      notify('resources.submissions.notifications.created', { type: 'success' });
      afterDecision();
      setOpen(false);
      navigate(createPath({ resource: 'subjects', id: subject.id, type: 'show' }));
    } catch (error) {
      setOpen(false);
      handleError(error);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button label="resources.submissions.actions.create_subject" onClick={() => setOpen(true)}>
        <PersonAddIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={loading}
        title="resources.submissions.create.title"
        content="resources.submissions.create.content"
        translateOptions={{ receipt: record.receipt_id }}
        onConfirm={create}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const RejectButton = ({ record }: { record: SubmissionDetail }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const afterDecision = useAfterDecision();
  const handleError = useDecisionErrorHandler();
  const categoryLabelId = useId();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [category, setCategory] = useState<RejectCategory | ''>('');
  const [categoryMissing, setCategoryMissing] = useState(false);

  const close = () => {
    setOpen(false);
    setCategory('');
    setCategoryMissing(false);
  };

  const reject = async (reason: string) => {
    if (!category) {
      setCategoryMissing(true);
      return;
    }
    setLoading(true);
    try {
      await dataProvider.rejectSubmission(record.id, { category, reason });
      notify('resources.submissions.notifications.rejected', { type: 'info' });
      afterDecision();
      close();
      // The card now shows the decision (who, when, why).
      refresh();
    } catch (error) {
      if (handleError(error) === 'already_decided') close();
    } finally {
      setLoading(false);
    }
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
        loading={loading}
        onConfirm={reject}
        onClose={close}
      >
        <FormControl required error={categoryMissing} sx={{ mb: 2 }}>
          <FormLabel id={categoryLabelId}>{translate('resources.submissions.reject.category')}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={categoryLabelId}
            value={category}
            onChange={event => {
              setCategory(event.target.value as RejectCategory);
              setCategoryMissing(false);
            }}
          >
            {REJECT_CATEGORY_CHOICES.map(choice => (
              <FormControlLabel key={choice.id} value={choice.id} control={<Radio />} label={translate(choice.name)} />
            ))}
          </RadioGroup>
          {categoryMissing && <FormHelperText>{translate('ra.validation.required')}</FormHelperText>}
        </FormControl>
      </ReasonDialog>
    </>
  );
};
