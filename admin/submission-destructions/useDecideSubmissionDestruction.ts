import { useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { useAction, type ActionOptions } from '../common/useAction';
import { errorBody } from '../providers/httpClient';
import type { SubmissionDestructionDetail } from '../types';
import { BATCH_DECISION_TOUCHES } from './touches';

/**
 * useAction for a decision on a batch. The answer is the batch as it now is (its submissions' payloads gone after an
 * approval), so the card shows it at once. A batch someone else decided meanwhile is fetched again, with the refusal
 * in this resource's words (the contract's text of invalid_transition speaks of letters).
 */
export const useDecideSubmissionDestruction = (
  batch: Pick<SubmissionDestructionDetail, 'id'>,
  decision: 'approve' | 'reject',
  options: Pick<
    ActionOptions<SubmissionDestructionDetail, string>,
    'successMessage' | 'onSuccess' | 'showsFieldErrors'
  >,
) => {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const cardKey = ['submission-destructions', 'getOne', { id: String(batch.id) }];
  return useAction<SubmissionDestructionDetail, string>({
    ...options,
    action: (dataProvider, comment) => dataProvider.decideSubmissionDestruction(batch.id, decision, { comment }),
    invalidate: BATCH_DECISION_TOUCHES,
    onSuccess: async (data, comment) => {
      queryClient.setQueryData(cardKey, data);
      await options.onSuccess?.(data, comment);
    },
    onError: (error) => {
      if (errorBody(error)?.code !== 'invalid_transition') return false;
      void queryClient.invalidateQueries({ queryKey: cardKey });
      notify('resources.submission-destructions.notifications.invalid_transition', { type: 'error' });
      return true;
    },
  });
};
