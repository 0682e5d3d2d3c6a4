import SettingsIcon from '@mui/icons-material/Business';
import { Menu } from 'react-admin';
import { useCan } from '../providers/useCan';
import { SETTINGS_PATH } from './paths';

/** Only the administrator, who edits them, has the entry; the other roles' documents print the details anyway. */
export const SettingsMenuItem = () => {
  const { canAccess } = useCan('settings.edit');
  if (!canAccess) return null;
  return (
    <Menu.Item
      to={SETTINGS_PATH}
      primaryText="pd.settings.menu"
      leftIcon={<SettingsIcon />}
      sx={{ '& .MuiTypography-noWrap': { whiteSpace: 'normal' } }}
    />
  );
};
