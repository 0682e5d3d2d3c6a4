import { DESTRUCTION_CATEGORIES, DESTRUCTION_REASONS, DESTRUCTION_STATUSES } from '../types';

// Choice names are i18n keys; react-admin's inputs and fields translate them.
const choices = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `resources.destructions.${prefix}.${value}` }));

export const STATUS_CHOICES = choices(DESTRUCTION_STATUSES, 'status');
export const REASON_CHOICES = choices(DESTRUCTION_REASONS, 'reason');
export const ACTION_CHOICES = choices(['destroy', 'retain'], 'action');

/** The categories in the order the plan and the act list them. */
export const CATEGORIES = DESTRUCTION_CATEGORIES;
