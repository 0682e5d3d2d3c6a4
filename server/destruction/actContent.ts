import type { DestructionPlanItem, DestructionReason, OperatorSettings, Subject } from '../contract/index.js';
import type { AuditLine } from './destruction.repo.js';

/** How the data is destroyed, as the act states it (Order 179). Settings may make it editable in a later slice. */
const DESTRUCTION_METHOD =
  'удаление записей из базы данных с перезаписью освобождённых страниц и уничтожением ключа шифрования';

export interface ActPerson {
  full_name: string;
  position: string | null;
  login: string;
}

/**
 * The act's personal content (Order 179, legal rules section B) and its log extract: the only place the destroyed
 * person's name survives, sealed under the act's own key by the caller. Plain data; the PDF is drawn from it.
 */
interface ActContent {
  number: string;
  destroyed_on: string;
  operator: { name: string; legal_address: string; postal_address: string };
  processor: string | null;
  subject: {
    id: number;
    last_name: string;
    first_name: string;
    patronymic: string | null;
    birth_date: string | null;
    phone: string | null;
    email: string | null;
  };
  proposer: ActPerson;
  approver: ActPerson;
  destroyed: DestructionPlanItem[];
  retained: DestructionPlanItem[];
  system_name: string;
  method: string;
  reason: DestructionReason;
  reason_text: string | null;
  letter_id: number | null;
  comment: string;
  log: AuditLine[];
}

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
  comment: string;
  log: AuditLine[];
}): ActContent {
  const s = input.subject;
  return {
    number: input.number,
    destroyed_on: input.destroyedOn,
    operator: {
      name: input.settings.operator_name,
      legal_address: input.settings.legal_address,
      postal_address: input.settings.postal_address,
    },
    processor: null,
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
    method: DESTRUCTION_METHOD,
    reason: input.reason,
    reason_text: input.reasonText,
    letter_id: input.letterId,
    comment: input.comment,
    log: input.log,
  };
}
