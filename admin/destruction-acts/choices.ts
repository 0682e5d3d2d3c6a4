import { DESTRUCTION_ACT_STATUSES, DESTRUCTION_REASONS } from '../types';

// Choice names are i18n keys; react-admin's inputs translate them. The reasons are named once, with the proposals
// (resources.destructions.reason), so that a reason reads the same on the proposal and on its act.
const choices = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

export const REASON_CHOICES = choices(DESTRUCTION_REASONS, 'resources.destructions.reason');
export const STATUS_CHOICES = choices(DESTRUCTION_ACT_STATUSES, 'resources.destruction-acts.status');
