// Four eyes, for both kinds of destruction (a subject's, a batch of website submissions): a compliance officer decides
// a proposal that awaits a decision, never one they proposed. The server refuses it anyway (409 own_proposal); the
// screens say so before anyone looks for the buttons.
import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useMyId } from '../deadlines/assignee';
import { useCan } from '../providers/useCan';
import type { DestructionRecord, Permission } from '../types';

type Proposal = Pick<DestructionRecord, 'status' | 'proposed_by'>;
type DecidePermission = Extract<Permission, `${string}.decide`>;

/** Whether the signed-in officer proposed it: undefined until the identity and the permission are known. */
const useOwnProposal = (proposal: Proposal | undefined, permission: DecidePermission) => {
  const me = useMyId();
  const { canAccess } = useCan(permission);
  if (!proposal || !canAccess || proposal.status !== 'proposed' || me === undefined) return undefined;
  return String(me) === String(proposal.proposed_by);
};

/** True when the signed-in officer may decide this proposal: it awaits a decision and someone else proposed it. */
export const useMayDecide = (proposal: Proposal | undefined, permission: DecidePermission = 'destructions.decide') =>
  useOwnProposal(proposal, permission) === false;

/** «Это предложение внесли вы…» on the proposer's own card, for an officer who could otherwise decide it. */
export const OwnProposalNote = ({
  permission = 'destructions.decide',
  message = 'resources.destructions.own_proposal',
}: {
  permission?: DecidePermission;
  message?: string;
}) => {
  const proposal = useRecordContext<Proposal & { id: number }>();
  const translate = useTranslate();
  if (useOwnProposal(proposal, permission) !== true) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate(message)}
    </Alert>
  );
};
