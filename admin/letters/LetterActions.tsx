import { useState, type ReactElement } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlined';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import { Button, Confirm, TextInput, maxLength, required, useRecordContext } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { ReasonDialog } from '../common/ReasonDialog';
import { todayIso } from '../common/format';
import type { LetterTransitionBodies } from '../providers/dataProvider';
import { useCan } from '../providers/useCan';
import {
  LETTER_TRANSITIONS,
  type DestructionReason,
  type LetterDetail,
  type LetterKind,
  type LetterStatus,
  type LetterTransition,
} from '../types';
import { ProposeDestructionButton } from '../destructions/ProposeDestructionButton';
import { useIdentifyDialog } from './identifyDialogState';
import { useLetterAction } from './useLetterAction';
import { FormDialog } from '../common/FormDialog';

/** The letters a destruction answers, and the reason each gives it (the proposal names the letter). */
const DESTRUCTION_REASON_OF: Partial<Record<LetterKind, DestructionReason>> = {
  withdrawal: 'withdrawal',
  destruction: 'destruction_request',
};

const allows = (transition: LetterTransition, status: LetterStatus) =>
  (LETTER_TRANSITIONS[transition].from as readonly LetterStatus[]).includes(status);

/** The steps the letter's state allows, to those who may process letters (compliance reads only). */
export const LetterActions = () => {
  const letter = useRecordContext<LetterDetail>();
  const { canAccess } = useCan('letters.process');
  const { openIdentify } = useIdentifyDialog();
  if (!letter || !canAccess) return null;
  const { status } = letter;
  return (
    <>
      {allows('identify', status) && (
        <Button label="resources.letters.actions.identify" onClick={() => openIdentify()}>
          <HowToRegIcon />
        </Button>
      )}
      {allows('request_details', status) && (
        <ReasonStep
          letter={letter}
          transition="request-details"
          bodyField="note"
          icon={<HelpOutlineIcon />}
          prefix="request_details"
        />
      )}
      {letter.extendable && (
        <ReasonStep letter={letter} transition="extend" bodyField="reason" icon={<MoreTimeIcon />} prefix="extend" />
      )}
      {allows('mark_answered', status) && <MarkAnsweredButton letter={letter} />}
      {allows('close', status) && <CloseButton letter={letter} />}
      {letter.subject_id !== null && DESTRUCTION_REASON_OF[letter.kind] && (
        <ProposeDestructionButton
          subjectId={letter.subject_id}
          letter={letter}
          reason={DESTRUCTION_REASON_OF[letter.kind]}
        />
      )}
      {allows('reject', status) && (
        <ReasonStep
          letter={letter}
          transition="reject"
          bodyField="reason"
          icon={<BlockIcon />}
          prefix="reject"
          color="error"
        />
      )}
    </>
  );
};

/** A step that takes words (a note or a reason), asked in the shared ReasonDialog. */
const ReasonStep = ({
  letter,
  transition,
  bodyField,
  icon,
  prefix,
  color,
}: {
  letter: LetterDetail;
  transition: 'request-details' | 'extend' | 'reject';
  bodyField: 'note' | 'reason';
  icon: ReactElement;
  /** Its texts: resources.letters.<prefix>.{title,text,reason,submit}, the button resources.letters.actions.<prefix>. */
  prefix: string;
  color?: 'error';
}) => {
  const [open, setOpen] = useState(false);
  const { run, isPending } = useLetterAction<string>(letter, {
    action: (dataProvider, words) =>
      dataProvider.moveLetter(letter.id, transition, {
        [bodyField]: words,
        version: letter.version,
      } as LetterTransitionBodies[typeof transition]),
    successMessage: { message: `resources.letters.notifications.${prefix}`, type: 'info' },
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button label={`resources.letters.actions.${prefix}`} onClick={() => setOpen(true)} color={color}>
        {icon}
      </Button>
      <ReasonDialog
        open={open}
        title={`resources.letters.${prefix}.title`}
        text={`resources.letters.${prefix}.text`}
        reasonLabel={`resources.letters.${prefix}.reason`}
        confirmLabel={`resources.letters.${prefix}.submit`}
        confirmColor={color ?? 'primary'}
        loading={isPending}
        onConfirm={run}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** Marking the letter answered by hand (until replies are sent from here): the outgoing number and the day it went. */
const MarkAnsweredButton = ({ letter }: { letter: LetterDetail }) => {
  const [open, setOpen] = useState(false);
  const { run, isPending } = useLetterAction<LetterTransitionBodies['mark-answered']>(letter, {
    action: (dataProvider, body) => dataProvider.moveLetter(letter.id, 'mark-answered', body),
    successMessage: 'resources.letters.notifications.mark_answered',
    onSuccess: () => setOpen(false),
    showsFieldErrors: true,
  });
  // react-admin's Form puts what onSubmit returns beside the fields: the server's field errors.
  const submit = async (values: Record<string, unknown>) => {
    const outcome = await run({
      out_number: String(values.out_number ?? '').trim(),
      sent_on: String(values.sent_on ?? ''),
      version: letter.version,
    });
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <>
      <Button label="resources.letters.actions.mark_answered" onClick={() => setOpen(true)}>
        <MarkEmailReadIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        pending={isPending}
        title="resources.letters.mark_answered.title"
        text="resources.letters.mark_answered.text"
        submitLabel="resources.letters.mark_answered.submit"
        record={{ out_number: '', sent_on: todayIso() }}
        onSubmit={submit}
      >
        <TextInput
          source="out_number"
          label="resources.letters.fields.answered_out_number"
          validate={[required(), maxLength(50)]}
          autoComplete="off"
          autoFocus
        />
        <DateInput
          source="sent_on"
          label="resources.letters.fields.answered_on"
          minDate={letter.received_on}
          maxDate={todayIso()}
          validate={required()}
        />
      </FormDialog>
    </>
  );
};

/** Closing an answered letter: nothing is asked, only confirmed. */
const CloseButton = ({ letter }: { letter: LetterDetail }) => {
  const [open, setOpen] = useState(false);
  const { run, isPending } = useLetterAction<void>(letter, {
    action: (dataProvider) => dataProvider.moveLetter(letter.id, 'close', { version: letter.version }),
    successMessage: { message: 'resources.letters.notifications.close', type: 'info' },
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button label="resources.letters.actions.close" onClick={() => setOpen(true)}>
        <DoneAllIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.letters.close.title"
        content="resources.letters.close.content"
        translateOptions={{ number: letter.reg_number }}
        onConfirm={() => run()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
