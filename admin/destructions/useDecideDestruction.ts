import { useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { useAction, type ActionOptions } from '../common/useAction';
import { errorBody } from '../providers/httpClient';
import type { Destruction } from '../types';
import { DECISION_TOUCHES } from './touches';

/**
 * useAction for a decision on a proposal. The answer is the proposal as it now is, so the card shows it at once; an
 * approval changes the subject everywhere it appears, so those go stale. A proposal someone else decided meanwhile is
 * fetched again, with the refusal in this resource's words.
 */
export const useDecideDestruction = (
  destruction: Pick<Destruction, 'id'>,
  decision: 'approve' | 'reject',
  options: Pick<ActionOptions<Destruction, string>, 'successMessage' | 'onSuccess' | 'showsFieldErrors'>,
) => {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const cardKey = ['destructions', 'getOne', { id: String(destruction.id) }];
  return useAction<Destruction, string>({
    ...options,
    action: (dataProvider, comment) => dataProvider.decideDestruction(destruction.id, decision, { comment }),
    invalidate: DECISION_TOUCHES,
    onSuccess: async (data, comment) => {
      queryClient.setQueryData(cardKey, data);
      await options.onSuccess?.(data, comment);
    },
    onError: (error) => {
      const code = errorBody(error)?.code;
      if (code === 'invalid_transition' || code === 'already_destroyed') {
        void queryClient.invalidateQueries({ queryKey: cardKey });
      }
      // The contract's text of this code speaks of letters.
      if (code === 'invalid_transition') {
        notify('resources.destructions.notifications.invalid_transition', { type: 'error' });
        return true;
      }
      return false;
    },
  });
};
