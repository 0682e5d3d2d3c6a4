import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';

/**
 * What destroying each category of the subject's data would remove now: counts only, no personal value. Read afresh
 * each time a dialog opens (staleTime 0), since a letter or a consent may have been added meanwhile.
 */
export const useDestructionPreview = (subjectId: Identifier | undefined, enabled = true) => {
  const dataProvider = useDataProvider<PdDataProvider>();
  return useQuery({
    queryKey: ['destructions', 'preview', String(subjectId)],
    queryFn: () => dataProvider.getDestructionPreview(subjectId!),
    enabled: enabled && subjectId !== undefined,
    staleTime: 0,
    retry: false,
  });
};
