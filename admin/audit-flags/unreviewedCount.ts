import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';

// Under the resource's key, so a review (which invalidates 'audit-flags') and react-admin's refresh() update it.
const UNREVIEWED_KEY = ['audit-flags', 'unreviewedCount'];
const POLL_INTERVAL_MS = 60_000;

/** How many flags wait for a review, polled while the tab is visible. */
export const useUnreviewedFlagsCount = (enabled: boolean) => {
  const dataProvider = useDataProvider<PdDataProvider>();
  return useQuery({
    queryKey: UNREVIEWED_KEY,
    queryFn: () => dataProvider.getUnreviewedAuditFlagsCount(),
    refetchInterval: POLL_INTERVAL_MS,
    enabled,
  });
};
