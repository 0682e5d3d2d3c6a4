import { ROLES } from '../types';

export const ROLE_CHOICES = ROLES.map((role) => ({ id: role, name: `pd.roles.${role}` }));
