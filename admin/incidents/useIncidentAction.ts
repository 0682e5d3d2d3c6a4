import { useQueryClient } from '@tanstack/react-query';
import { useAction, type ActionOptions } from '../common/useAction';
import { errorBody } from '../providers/httpClient';
import type { IncidentDetail } from '../types';

/**
 * useAction for a step of an incident whose answer is the incident as it now is (a transition, a link of subjects):
 * the card shows it at once (no second, audited, read), the lists of incidents and the terms go stale (the dashboard's
 * clocks with them). An incident someone else moved meanwhile (409) is fetched again, and the server's message says
 * why the step was refused.
 */
export const useIncidentAction = <TVariables>(
  incident: Pick<IncidentDetail, 'id'>,
  options: Pick<
    ActionOptions<IncidentDetail, TVariables>,
    'action' | 'successMessage' | 'onSuccess' | 'showsFieldErrors'
  >,
) => {
  const queryClient = useQueryClient();
  const cardKey = ['incidents', 'getOne', { id: String(incident.id) }];
  return useAction<IncidentDetail, TVariables>({
    ...options,
    invalidate: ['deadlines'],
    onSuccess: async (data, variables) => {
      queryClient.setQueryData(cardKey, data);
      void queryClient.invalidateQueries({
        predicate: ({ queryKey }) => queryKey[0] === 'incidents' && queryKey[1] !== 'getOne',
      });
      await options.onSuccess?.(data, variables);
    },
    onError: (error) => {
      if (errorBody(error)?.code === 'wrong_state' || errorBody(error)?.code === 'version_conflict') {
        void queryClient.invalidateQueries({ queryKey: cardKey });
      }
      // The hook notifies the server's message.
      return false;
    },
  });
};
