import QueryStatsIcon from '@mui/icons-material/QueryStats';
import { Menu } from 'react-admin';
import { useCan } from '../providers/useCan';
import { AUDIT_REPORTS_PATH } from './paths';

/** A custom page, so its item checks the permission itself (compliance only). */
export const AuditReportsMenuItem = () => {
  const { canAccess } = useCan('audit-reports.show');
  if (!canAccess) return null;
  return (
    <Menu.Item
      to={AUDIT_REPORTS_PATH}
      primaryText="pd.audit_reports.menu"
      leftIcon={<QueryStatsIcon />}
      sx={{ '& .MuiTypography-noWrap': { whiteSpace: 'normal' } }}
    />
  );
};
