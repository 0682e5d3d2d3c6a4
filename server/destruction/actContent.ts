import type {
  DestructionActContent,
  DestructionActSubmission,
  DestructionActLogLine,
  DestructionActPerson,
  DestructionPlanItem,
  DestructionReason,
  OperatorSettings,
  Subject,
} from '../contract/index.js';

/** The owner type of an act's own key in owner_keys: the act outlives the subject's key by design. */
export const ACT_KEY_OWNER = 'destruction_act';

/** The associated data an act's content is sealed with (bound to the act, so it opens under no other row). */
export const actContentAad = (actId: number) => `${ACT_KEY_OWNER}:${actId}:content`;

/** Someone who destroyed the data, as the act names them. */
export type ActPerson = DestructionActPerson;

/**
 * The act's personal content (Order 179, legal rules section B) and its log extract: the only place the destroyed
 * person's name survives, sealed under the act's own key by the caller. Plain data; the PDFs are drawn from it. The
 * method is the operator's setting at the moment of destruction: a later change of it does not rewrite old acts.
 */
export function actContent(input: {
  number: string;
  destroyedOn: string;
  settings: OperatorSettings;
  subject: Subject;
  proposer: ActPerson;
  approver: ActPerson;
  plan: DestructionPlanItem[];
  reason: DestructionReason;
  reasonText: string | null;
  letterId: number | null;
  letter: { reg_number: string; received_on: string } | null;
  comment: string;
  log: DestructionActLogLine[];
  earlier: { number: string; destroyed_on: string } | null;
}): DestructionActContent {
  const s = input.subject;
  return {
    ...operatorPart(input.number, input.destroyedOn, input.settings),
    kind: 'subject',
    earlier_act: input.earlier,
    subject: {
      id: s.id,
      last_name: s.last_name,
      first_name: s.first_name,
      patronymic: s.patronymic,
      birth_date: s.birth_date,
      phone: s.phone,
      email: s.email,
    },
    proposer: input.proposer,
    approver: input.approver,
    destroyed: input.plan.filter((p) => p.action === 'destroy'),
    retained: input.plan.filter((p) => p.action === 'retain'),
    system_name: input.settings.system_name,
    method: input.settings.destruction_method,
    reason: input.reason,
    reason_text: input.reasonText,
    letter_id: input.letterId,
    letter: input.letter,
    comment: input.comment,
    log: input.log,
  };
}

/**
 * A batch act's content: the same fields, the people named by the submissions they sent (a rejected submission has no
 * subject), the one category of website submissions destroyed whole, no letter.
 */
export function batchActContent(input: {
  number: string;
  destroyedOn: string;
  settings: OperatorSettings;
  submissions: DestructionActSubmission[];
  proposer: ActPerson;
  approver: ActPerson;
  reason: DestructionReason;
  reasonText: string;
  comment: string;
  log: DestructionActLogLine[];
}): DestructionActContent {
  return {
    ...operatorPart(input.number, input.destroyedOn, input.settings),
    kind: 'submissions',
    subject: null,
    submissions: input.submissions,
    proposer: input.proposer,
    approver: input.approver,
    destroyed: BATCH_PLAN,
    retained: [],
    system_name: input.settings.system_name,
    method: input.settings.destruction_method,
    reason: input.reason,
    reason_text: input.reasonText,
    letter_id: null,
    letter: null,
    comment: input.comment,
    log: input.log,
  };
}

/** What a batch destroys: the submissions, whole (payload and consent evidence); nothing of them is retained. */
export const BATCH_PLAN: DestructionPlanItem[] = [
  { category: 'submissions', action: 'destroy', legal_basis: null, retain_until: null },
];

function operatorPart(number: string, destroyedOn: string, settings: OperatorSettings) {
  return {
    number,
    destroyed_on: destroyedOn,
    operator: {
      name: settings.operator_name,
      legal_address: settings.legal_address,
      postal_address: settings.postal_address,
    },
    processor: null,
  };
}
