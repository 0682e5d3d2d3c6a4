// STUB (the settings slice replaces it): the operator's details page, a custom route (one record, not a list).
export const SETTINGS_PATH = '/settings';

export const SettingsPage = () => null;

/** The menu's entry, shown to the roles that may edit the details. */
export const SettingsMenuItem = () => null;
