import RadarIcon from '@mui/icons-material/Radar';
import { Button } from 'react-admin';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';

/** «Проверить журнал сейчас»: the scan the server runs every few minutes, on demand (compliance). */
export const ScanNowButton = () => {
  const { canAccess } = useCan('audit-flags.review');
  const { run, isPending } = useAction({
    action: (dataProvider) => dataProvider.scanAuditFlags(),
    invalidate: ['audit-flags'],
    successMessage: (scan) => ({
      message: 'resources.audit-flags.notifications.scanned',
      type: 'info',
      messageArgs: { entries: scan.scanned_entries, flags: scan.flags_touched },
    }),
  });
  if (!canAccess) return null;
  return (
    <Button label="resources.audit-flags.actions.scan" onClick={() => run()} disabled={isPending}>
      <RadarIcon />
    </Button>
  );
};
