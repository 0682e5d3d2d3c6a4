import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';

// Under the resource's key, so react-admin's refresh() also refreshes the badge.
const PENDING_COUNT_KEY = ['submissions', 'pendingCount'];
const POLL_INTERVAL_MS = 30_000;

/** How many submissions wait in the review queue, polled while the tab is visible. */
export const usePendingSubmissionsCount = (enabled: boolean) => {
  const dataProvider = useDataProvider<PdDataProvider>();
  return useQuery({
    queryKey: PENDING_COUNT_KEY,
    queryFn: () => dataProvider.getPendingSubmissionsCount(),
    refetchInterval: POLL_INTERVAL_MS,
    enabled,
  });
};

/** After a decision: the badge now, the lists and cards the next time they are shown. */
export const useAfterDecision = () => {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: PENDING_COUNT_KEY });
    // Marked stale without refetching the open card: reading a submission is an audited event.
    void queryClient.invalidateQueries({ queryKey: ['submissions'], refetchType: 'none' });
    // Dropped rather than marked stale: the subject card opened next must not first show the data from before the
    // decision (stale data is shown while it is fetched again).
    queryClient.removeQueries({ queryKey: ['subjects'] });
    queryClient.removeQueries({ queryKey: ['consents'] });
  };
};
