import MarketingIcon from '@mui/icons-material/Campaign';
import { lazyView } from '../common/lazyView';

// A read-only, audited list (permission marketing-list.export, see authProvider).
export default {
  list: lazyView(() => import('./MarketingList'), 'MarketingList'),
  show: undefined,
  edit: undefined,
  create: undefined,
  icon: MarketingIcon,
};
