import FlagIcon from '@mui/icons-material/Flag';
import { CountedMenuItem } from '../layout/CountedMenuItem';
import { useCan } from '../providers/useCan';
import { useUnreviewedFlagsCount } from './unreviewedCount';

/** «Сигналы» with a badge counting the flags not yet reviewed (compliance only). */
export const AuditFlagsMenuItem = () => {
  const { canAccess } = useCan('audit-flags.list');
  const { data } = useUnreviewedFlagsCount(canAccess === true);
  if (!canAccess) return null;
  return (
    <CountedMenuItem
      resource="audit-flags"
      count={data?.count ?? 0}
      icon={<FlagIcon />}
      countLabelKey="resources.audit-flags.menu_badge"
      testId="unreviewed-flags-badge"
    />
  );
};
