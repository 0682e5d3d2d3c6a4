import type * as ru from '../ru/app';
import type { SameKeys } from '../sameKeys';

export const app: SameKeys<typeof ru.app> = {
  title: 'PD Desk',
  operator: 'Natamed LLC',
  subtitle: 'Personal data processing',
};

export const roles: SameKeys<typeof ru.roles> = {
  operator: 'Operator',
  compliance: 'Data protection officer',
  admin: 'Administrator',
  system: 'System',
  anonymous: 'Not signed in',
  public: 'Website (no sign-in)',
};
