import BarChartIcon from '@mui/icons-material/BarChart';
import LockResetIcon from '@mui/icons-material/LockReset';
import { Menu, useGetIdentity } from 'react-admin';
import { CHANGE_PASSWORD_PATH } from '../providers/authProvider';
import { useCan } from '../providers/useCan';
import { STATISTICS_PATH } from '../statistics';
import { SubmissionsMenuItem } from '../submissions/SubmissionsMenuItem';
import { DeadlinesMenuItem } from '../deadlines/DeadlinesMenuItem';
import { SettingsMenuItem } from '../settings';
import { AuditReportsMenuItem } from '../audit-reports';
import { AuditFlagsMenuItem } from '../audit-flags';

/** Each resource item shows only when canAccess allows its list. */
export const AppMenu = () => {
  const { identity } = useGetIdentity();
  if (identity?.must_change_password) {
    return (
      <Menu>
        <Menu.Item to={CHANGE_PASSWORD_PATH} primaryText="pd.change_password.menu" leftIcon={<LockResetIcon />} />
      </Menu>
    );
  }
  return (
    <Menu>
      <Menu.DashboardItem primaryText="pd.dashboard.menu" />
      <Menu.ResourceItem name="letters" />
      <Menu.ResourceItem name="replies" />
      <DeadlinesMenuItem />
      {/* Compliance and the administrator only: an operator has no incidents.list. */}
      <Menu.ResourceItem name="incidents" />
      <Menu.ResourceItem name="disclosures" />
      <Menu.ResourceItem name="destructions" />
      <Menu.ResourceItem name="destruction-candidates" sx={{ '& .MuiTypography-noWrap': { whiteSpace: 'normal' } }} />
      <Menu.ResourceItem name="submission-destructions" sx={{ '& .MuiTypography-noWrap': { whiteSpace: 'normal' } }} />
      <Menu.ResourceItem name="destruction-acts" sx={{ '& .MuiTypography-noWrap': { whiteSpace: 'normal' } }} />
      <Menu.ResourceItem name="subjects" />
      <SubmissionsMenuItem />
      <Menu.ResourceItem name="consents" />
      <Menu.ResourceItem name="marketing-list" />
      <StatisticsMenuItem />
      <Menu.ResourceItem name="policies" />
      <Menu.ResourceItem name="consent-forms" />
      <Menu.ResourceItem name="audit-log" />
      <AuditReportsMenuItem />
      <AuditFlagsMenuItem />
      <Menu.ResourceItem name="checkpoints" sx={{ '& .MuiTypography-noWrap': { whiteSpace: 'normal' } }} />
      <Menu.ResourceItem name="calendar" sx={{ '& .MuiTypography-noWrap': { whiteSpace: 'normal' } }} />
      <Menu.ResourceItem name="staff" />
      <SettingsMenuItem />
    </Menu>
  );
};

/** A custom page, so its item checks the permission itself. */
const StatisticsMenuItem = () => {
  const { canAccess } = useCan('statistics.show');
  if (!canAccess) return null;
  return (
    <Menu.Item
      to={STATISTICS_PATH}
      primaryText="pd.statistics.menu"
      leftIcon={<BarChartIcon />}
      // The longest label of the menu: let it wrap rather than end in an ellipsis.
      sx={{ '& .MuiTypography-noWrap': { whiteSpace: 'normal' } }}
    />
  );
};
