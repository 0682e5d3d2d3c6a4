// How an act's plan reads: what went and what stayed, in the contract's order of categories, so that every act of
// the register lists them alike whatever order the proposal gave.
import { DESTRUCTION_CATEGORIES, type DestructionCategory, type DestructionPlanItem } from '../types';

export interface CategorySummary {
  destroyed: DestructionCategory[];
  retained: DestructionCategory[];
  /** Every category of the contract was destroyed: the register says so in two words. */
  all: boolean;
}

const byContractOrder = (a: DestructionCategory, b: DestructionCategory) =>
  DESTRUCTION_CATEGORIES.indexOf(a) - DESTRUCTION_CATEGORIES.indexOf(b);

export const summarizeCategories = (plan: readonly DestructionPlanItem[]): CategorySummary => {
  const of = (action: DestructionPlanItem['action']) =>
    [...new Set(plan.filter((item) => item.action === action).map((item) => item.category))].sort(byContractOrder);
  const destroyed = of('destroy');
  const retained = of('retain');
  return { destroyed, retained, all: retained.length === 0 && destroyed.length === DESTRUCTION_CATEGORIES.length };
};

/** Lines of a plan (the act's destroyed or retained ones) in the contract's order. */
export const inContractOrder = (items: readonly DestructionPlanItem[]): DestructionPlanItem[] =>
  [...items].sort((a, b) => byContractOrder(a.category, b.category));

/** A category's name: in full as the proposals name it, or short for the register's narrow column. */
export const categoryKey = (category: string, short = false) =>
  short ? `resources.destruction-acts.category_short.${category}` : `resources.destructions.category.${category}`;
