import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';

/** Under the resource's key, so that an action touching 'settings' refreshes it. */
export const SETTINGS_QUERY_KEY = ['settings', 'current'] as const;

export const useSettings = (enabled: boolean) => {
  const dataProvider = useDataProvider<PdDataProvider>();
  return useQuery({ queryKey: SETTINGS_QUERY_KEY, queryFn: () => dataProvider.getSettings(), enabled });
};
