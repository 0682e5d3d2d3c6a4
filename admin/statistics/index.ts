import { lazyView } from '../common/lazyView';

export const STATISTICS_PATH = '/statistics';

/** A custom route (not a resource): GET /api/statistics answers aggregates, not records. */
export const StatisticsPage = lazyView(() => import('./StatisticsPage'), 'StatisticsPage');
