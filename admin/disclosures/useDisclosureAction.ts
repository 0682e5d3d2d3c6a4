import { useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { useAction, type ActionOptions } from '../common/useAction';
import { errorBody } from '../providers/httpClient';
import type { DisclosureDetail } from '../types';

/**
 * useAction for a step of a request. The answer is the request as it now is, so the card shows it at once (no second,
 * audited, read); the lists of requests go stale, and so do the subjects' histories (a disclosure writes to each). A
 * request someone else moved meanwhile is fetched again, with the state's refusal in this resource's words.
 */
export const useDisclosureAction = <TVariables>(
  disclosure: Pick<DisclosureDetail, 'id'>,
  options: Pick<
    ActionOptions<DisclosureDetail, TVariables>,
    'action' | 'successMessage' | 'onSuccess' | 'showsFieldErrors'
  >,
) => {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const cardKey = ['disclosures', 'getOne', { id: String(disclosure.id) }];
  return useAction<DisclosureDetail, TVariables>({
    ...options,
    invalidate: ['audit-log'],
    onSuccess: async (data, variables) => {
      queryClient.setQueryData(cardKey, data);
      void queryClient.invalidateQueries({
        predicate: ({ queryKey }) => queryKey[0] === 'disclosures' && queryKey[1] !== 'getOne',
      });
      await options.onSuccess?.(data, variables);
    },
    onError: (error) => {
      const code = errorBody(error)?.code;
      if (code === 'version_conflict' || code === 'invalid_transition') {
        void queryClient.invalidateQueries({ queryKey: cardKey });
      }
      // The contract's text of this code speaks of letters.
      if (code === 'invalid_transition') {
        notify('resources.disclosures.notifications.invalid_transition', { type: 'error' });
        return true;
      }
      return false;
    },
  });
};
