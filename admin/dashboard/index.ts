import { lazyView } from '../common/lazyView';

/** The first screen of every role that reads the deadlines (react-admin's `dashboard`), in its own chunk. */
export const Dashboard = lazyView(() => import('./Dashboard'), 'Dashboard');
