import { DEADLINE_KINDS, DEADLINE_STATES, type DeadlineState } from '../types';

// Choice names are i18n keys; react-admin's inputs and fields translate them.
export const DEADLINE_KIND_CHOICES = DEADLINE_KINDS.map((kind) => ({
  id: kind,
  name: `resources.deadlines.kind.${kind}`,
}));

export const DEADLINE_STATE_CHOICES = DEADLINE_STATES.map((state) => ({
  id: state,
  name: `resources.deadlines.status.${state}`,
}));

/** The states of an item still to be met: what «open» means in a filter. */
export const OPEN_STATES: readonly DeadlineState[] = ['open', 'due_soon', 'overdue'];
