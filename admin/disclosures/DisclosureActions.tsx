import { useState } from 'react';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import BlockIcon from '@mui/icons-material/Block';
import DoneIcon from '@mui/icons-material/Done';
import SendIcon from '@mui/icons-material/Send';
import { Button, useRecordContext } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { useMyId } from '../deadlines/assignee';
import { useCan } from '../providers/useCan';
import { DISCLOSURE_TRANSITIONS, type DisclosureStatus, type DisclosureTransition } from '../types';
import { ApproveDialog } from './ApproveDialog';
import { AttachDialog } from './AttachDialog';
import type { DisclosureDetail } from './choices';
import { DiscloseDialog } from './DiscloseDialog';
import { useDisclosureAction } from './useDisclosureAction';

const allows = (transition: DisclosureTransition, status: DisclosureStatus) =>
  (DISCLOSURE_TRANSITIONS[transition].from as readonly DisclosureStatus[]).includes(status);

/**
 * The steps the request's state allows, to the role that takes each: the compliance officer decides (unless they
 * registered it: four eyes), an operator records the disclosure and adds files.
 */
export const DisclosureActions = () => {
  const disclosure = useRecordContext<DisclosureDetail>();
  const me = useMyId();
  const { canAccess: canDecide } = useCan('disclosures.decide');
  const { canAccess: canDisclose } = useCan('disclosures.disclose');
  const { canAccess: canAttach } = useCan('disclosures.create');
  if (!disclosure) return null;
  const own = me !== undefined && String(me) === String(disclosure.registered_by);
  const { status } = disclosure;
  return (
    <>
      {canDecide && !own && allows('approve', status) && <ApproveButton disclosure={disclosure} />}
      {canDecide && !own && allows('refuse', status) && <RefuseButton disclosure={disclosure} />}
      {canDisclose && allows('disclose', status) && <DiscloseButton disclosure={disclosure} />}
      {canAttach && !disclosure.personal_destroyed && <AttachButton disclosure={disclosure} />}
    </>
  );
};

const ApproveButton = ({ disclosure }: { disclosure: DisclosureDetail }) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="resources.disclosures.actions.approve" onClick={() => setOpen(true)}>
        <DoneIcon />
      </Button>
      {open && <ApproveDialog disclosure={disclosure} open onClose={() => setOpen(false)} />}
    </>
  );
};

const RefuseButton = ({ disclosure }: { disclosure: DisclosureDetail }) => {
  const [open, setOpen] = useState(false);
  const { run, isPending } = useDisclosureAction<string>(disclosure, {
    action: (dataProvider, comment) =>
      dataProvider.moveDisclosure(disclosure.id, 'refuse', { comment, version: disclosure.version }),
    successMessage: { message: 'resources.disclosures.notifications.refused', type: 'info' },
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button label="resources.disclosures.actions.refuse" onClick={() => setOpen(true)} color="error">
        <BlockIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="resources.disclosures.refuse.title"
        text="resources.disclosures.refuse.text"
        reasonLabel="resources.disclosures.refuse.reason"
        confirmLabel="resources.disclosures.refuse.submit"
        confirmColor="error"
        loading={isPending}
        onConfirm={run}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const DiscloseButton = ({ disclosure }: { disclosure: DisclosureDetail }) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="resources.disclosures.actions.disclose" onClick={() => setOpen(true)}>
        <SendIcon />
      </Button>
      {open && <DiscloseDialog disclosure={disclosure} open onClose={() => setOpen(false)} />}
    </>
  );
};

const AttachButton = ({ disclosure }: { disclosure: DisclosureDetail }) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="resources.disclosures.actions.attach" onClick={() => setOpen(true)}>
        <AttachFileIcon />
      </Button>
      {open && <AttachDialog disclosure={disclosure} onClose={() => setOpen(false)} />}
    </>
  );
};
