import LockResetIcon from '@mui/icons-material/LockReset';
import { Menu, useGetIdentity } from 'react-admin';
import { CHANGE_PASSWORD_PATH } from '../providers/authProvider';

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
      <Menu.ResourceItem name="subjects" />
      <Menu.ResourceItem name="audit-log" />
      <Menu.ResourceItem name="staff" />
    </Menu>
  );
};
