// A proposal as the form holds it, and as the server takes it (destruction.schema.ts): every category exactly once,
// a retained one with its legal basis and the day it is kept until, a destroyed one with neither.
import type { FieldErrors } from '../common/useAction';
import {
  DESTRUCTION_CATEGORIES,
  MIN_REASON_LENGTH,
  type DestructionCategory,
  type DestructionPlanItem,
  type DestructionReason,
} from '../types';

export interface PlanRow {
  category: DestructionCategory;
  action: 'destroy' | 'retain';
  legal_basis?: string | null;
  retain_until?: string | null;
}

export interface ProposalValues {
  reason?: DestructionReason | '' | null;
  reason_text?: string | null;
  plan?: PlanRow[];
}

export interface Proposal {
  reason: DestructionReason;
  reason_text: string;
  plan: DestructionPlanItem[];
}

/** The form's start: destroy everything (the law's default; keeping is the exception that needs a basis). */
export const defaultProposal = (reason: DestructionReason | null = null): ProposalValues => ({
  reason: reason ?? '',
  reason_text: '',
  plan: DESTRUCTION_CATEGORIES.map((category) => ({
    category,
    action: 'destroy',
    legal_basis: '',
    retain_until: null,
  })),
});

const trimmed = (value: string | null | undefined) => (typeof value === 'string' ? value.trim() : '');

/** The body's plan: a destroyed category carries no basis even if one was typed before switching back. */
export const toPlan = (rows: readonly PlanRow[]): DestructionPlanItem[] =>
  rows.map((row) =>
    row.action === 'retain'
      ? {
          category: row.category,
          action: 'retain',
          legal_basis: trimmed(row.legal_basis),
          retain_until: row.retain_until || null,
        }
      : { category: row.category, action: 'destroy', legal_basis: null, retain_until: null },
  );

export const toProposal = (values: ProposalValues): Proposal => ({
  reason: values.reason as DestructionReason,
  reason_text: trimmed(values.reason_text),
  plan: toPlan(values.plan ?? []),
});

/**
 * What the server would refuse, by form path: checked again on submit, since the inputs of a retained row exist only
 * while it is retained. Undefined when the proposal may be sent.
 */
export const proposalErrors = (values: ProposalValues): FieldErrors | undefined => {
  const errors: FieldErrors = {};
  if (!values.reason) errors.reason = 'ra.validation.required';
  if (trimmed(values.reason_text).length < MIN_REASON_LENGTH) errors.reason_text = 'ra.validation.required';
  (values.plan ?? []).forEach((row, index) => {
    if (row.action !== 'retain') return;
    if (trimmed(row.legal_basis).length < MIN_REASON_LENGTH)
      errors[`plan.${index}.legal_basis`] = 'resources.destructions.plan.basis_required';
    if (!row.retain_until) errors[`plan.${index}.retain_until`] = 'ra.validation.required';
  });
  return Object.keys(errors).length > 0 ? errors : undefined;
};

/** The retention bases offered (their texts in i18n: resources.destructions.retain_presets.<key>), by category. */
export const RETAIN_PRESETS: readonly { key: string; category: DestructionCategory }[] = [
  { key: 'medical_documentation', category: 'medical' },
  { key: 'correspondence', category: 'correspondence' },
];
