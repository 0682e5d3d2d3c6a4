import { useQueryClient } from '@tanstack/react-query';
import { useAction, type ActionOptions } from '../common/useAction';
import { errorBody } from '../providers/httpClient';
import type { LetterDetail } from '../types';

/**
 * useAction for a transition of a letter. The answer is the letter as it now is, so the card shows it at once (no second,
 * audited, read); the lists of letters, the terms and the marketing list go stale; a subject card and consents are
 * dropped rather than marked stale, so that the subject's page opened next does not first show it as it was before
 * (active, its consents standing). A letter someone else moved meanwhile is fetched again, and the server's message
 * says why the action was refused.
 */
export const useLetterAction = <TVariables>(
  letter: Pick<LetterDetail, 'id'>,
  options: Pick<
    ActionOptions<LetterDetail, TVariables>,
    'action' | 'successMessage' | 'onSuccess' | 'showsFieldErrors'
  >,
) => {
  const queryClient = useQueryClient();
  const cardKey = ['letters', 'getOne', { id: String(letter.id) }];
  return useAction<LetterDetail, TVariables>({
    ...options,
    invalidate: ['deadlines', 'marketing-list'],
    onSuccess: async (data, variables) => {
      queryClient.setQueryData(cardKey, data);
      void queryClient.invalidateQueries({
        predicate: ({ queryKey }) => queryKey[0] === 'letters' && queryKey[1] !== 'getOne',
      });
      queryClient.removeQueries({
        predicate: ({ queryKey }) => queryKey[0] === 'subjects' && queryKey[1] === 'getOne',
      });
      void queryClient.invalidateQueries({ queryKey: ['subjects'] });
      queryClient.removeQueries({ queryKey: ['consents'] });
      await options.onSuccess?.(data, variables);
    },
    onError: (error) => {
      const code = errorBody(error)?.code;
      if (code === 'version_conflict' || code === 'invalid_transition') {
        void queryClient.invalidateQueries({ queryKey: cardKey });
      }
      // The hook notifies the server's message.
      return false;
    },
  });
};
