import type { LetterDetail, OperatorSettings, Subject } from '../../contract/index.js';

/** What a template is filled from: nothing else of the database, so templates stay plain functions. */
export interface TemplateContext {
  letter: LetterDetail;
  /** Null for a reply to a sender not identified. */
  subject: Subject | null;
  operator: OperatorSettings;
  /** The due date of the destruction the letter started (after a withdrawal, or demanded), if any. */
  destroyOn: string | null;
  /** The due date an extension would give the letter's term (extension_notice). */
  extendedDueOn: string | null;
  /** The operator's words: the reason of an extension or of a refusal. */
  reason: string | null;
}

/** DD.MM.YYYY, as every printed date. */
export const formatDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
