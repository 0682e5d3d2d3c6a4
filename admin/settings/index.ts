import { lazyView } from '../common/lazyView';

// A custom route, not a resource: the details are one record without an id.
export { SETTINGS_PATH } from './paths';
export { SettingsMenuItem } from './SettingsMenuItem';

export const SettingsPage = lazyView(() => import('./SettingsPage'), 'SettingsPage');
