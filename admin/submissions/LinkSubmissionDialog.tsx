import { useId, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Typography,
} from '@mui/material';
import {
  AutocompleteInput,
  Form,
  RecordContextProvider,
  ReferenceInput,
  useCreatePath,
  useNavigate,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatDate } from '../common/format';
import { useAction } from '../common/useAction';
import type { MatchedSubject, Subject, SubmissionDetail, TakeableField } from '../types';
import { SubjectStatusChip } from '../subjects/SubjectStatusChip';
import { subjectFullName } from '../subjects/subjectPayload';
import { FieldComparison, takeableFields } from './FieldComparison';
import { useLinkDialog } from './linkDialogState';
import { useAfterDecision } from './pendingCount';
import { useDecisionConflictHandler } from './useDecisionError';

/**
 * Linking a submission to an existing subject: choose the subject (a suggested match or
 * any subject found by surname), compare the values side by side, choose per field, link.
 * The subject's version as displayed goes with the request, so a concurrent change is
 * refused (409) instead of overwritten.
 */
export const LinkSubmissionDialog = () => {
  const submission = useRecordContext<SubmissionDetail>();
  const { state, close } = useLinkDialog();
  const titleId = useId();
  const translate = useTranslate();
  if (!submission) return null;
  return (
    <Dialog open={state.open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{translate('resources.submissions.link.title')}</DialogTitle>
      <LinkDialogBody key={state.key} submission={submission} initialSubject={state.subject} onClose={close} />
    </Dialog>
  );
};

const LinkDialogBody = ({
  submission,
  initialSubject,
  onClose,
}: {
  submission: SubmissionDetail;
  initialSubject: MatchedSubject | null;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const afterDecision = useAfterDecision();
  const handleConflict = useDecisionConflictHandler();
  const [subject, setSubject] = useState<MatchedSubject | null>(initialSubject);
  const [taken, setTaken] = useState<ReadonlySet<TakeableField>>(new Set());
  const take = subject ? takeableFields(subject, submission).filter((field) => taken.has(field)) : [];

  const choose = (field: TakeableField, takeIt: boolean) =>
    setTaken((previous) => {
      const next = new Set(previous);
      if (takeIt) next.add(field);
      else next.delete(field);
      return next;
    });

  const { run, isPending: loading } = useAction({
    action: (dataProvider, body: { subject_id: number; subject_version: number; take: TakeableField[] }) =>
      dataProvider.linkSubmission(submission.id, body),
    successMessage: 'resources.submissions.notifications.linked',
    onSuccess: (result) => {
      afterDecision();
      onClose();
      navigate(createPath({ resource: 'subjects', id: result.subject.id, type: 'show' }));
    },
    onError: (error) => {
      const conflict = handleConflict(error, (current) => setSubject(current));
      if (conflict === 'already_decided') onClose();
      return conflict !== undefined;
    },
  });

  const link = () => {
    if (subject) void run({ subject_id: subject.id, subject_version: subject.version, take });
  };

  return (
    <>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('resources.submissions.link.hint')}</DialogContentText>
        <SubjectPicker initialSubject={initialSubject} onChange={(next) => setSubject(next)} />
        {subject ? (
          <Box sx={{ mt: 1 }}>
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
                {subjectFullName(subject)}
              </Typography>
              <RecordContextProvider value={subject}>
                <SubjectStatusChip />
              </RecordContextProvider>
              <Typography variant="body2" color="text.secondary" data-testid="link-subject-version">
                {translate('resources.submissions.link.version', { version: subject.version })}
              </Typography>
            </Box>
            {subject.status !== 'active' && (
              <Alert severity="warning" sx={{ mb: 1 }}>
                {translate('resources.submissions.link.not_active')}
              </Alert>
            )}
            <FieldComparison subject={subject} submission={submission} taken={taken} onChange={choose} />
            <Typography variant="body2" sx={{ mt: 1 }} aria-live="polite">
              {translate('resources.submissions.link.taken', { smart_count: take.length })}
            </Typography>
          </Box>
        ) : (
          <Alert severity="info">{translate('resources.submissions.link.choose_subject')}</Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={loading}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={link} disabled={!subject || subject.status === 'destroyed' || loading}>
          {translate('resources.submissions.link.submit')}
        </Button>
      </DialogActions>
    </>
  );
};

/** Any subject, found by surname (the list's q search); starts on the suggested match, if any. */
const SubjectPicker = ({
  initialSubject,
  onChange,
}: {
  initialSubject: MatchedSubject | null;
  onChange: (subject: MatchedSubject | null) => void;
}) => (
  // Its own record: inside the card, the form would otherwise start from the submission's values.
  <Form record={{ subject_id: initialSubject?.id ?? null }} noValidate>
    <ReferenceInput source="subject_id" reference="subjects" sort={{ field: 'last_name', order: 'ASC' }} perPage={10}>
      <AutocompleteInput
        label="resources.submissions.link.search"
        optionText={subjectOption}
        onChange={(_value, record) => onChange(record && !Array.isArray(record) ? (record as Subject) : null)}
        helperText={false}
        fullWidth
      />
    </ReferenceInput>
  </Form>
);

const subjectOption = (subject: Subject) =>
  [subjectFullName(subject), formatDate(subject.birth_date)].filter(Boolean).join(', ');
