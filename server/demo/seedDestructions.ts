import type { Services } from '../services.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { DemoClock } from './seed.js';
import { DESTRUCTION_CATEGORIES, type DestructionPlanItem } from '../contract/index.js';
import { clinicDay } from '../shared/clinicDate.js';

const MEDICAL_BASIS =
  'ч. 1 ст. 22 Федерального закона № 323-ФЗ; приказ Минздрава России № 530н — медицинская документация хранится 25 лет';

/** Destroys everything, or keeps the medical information under 323-FZ when there is some. */
function plan(keepMedical: boolean, retainUntil: string): DestructionPlanItem[] {
  return DESTRUCTION_CATEGORIES.map((category) =>
    category === 'medical' && keepMedical
      ? { category, action: 'retain', legal_basis: MEDICAL_BASIS, retain_until: retainUntil }
      : { category, action: 'destroy', legal_basis: null, retain_until: null },
  );
}

/**
 * One destruction carried out ten days ago (its act in the register, the subject's card saying so) and one proposal
 * from the demo's withdrawal letter waiting for the compliance officer, so that both halves of the four eyes have
 * something to look at; the same for batches of rejected website submissions.
 */
export async function seedDestructions(
  services: Services,
  clock: DemoClock,
  operator: RequestContext,
  officer: RequestContext,
): Promise<void> {
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000);
  const [person] = services.subjects.list({
    sortField: 'id',
    sortOrder: 'ASC',
    offset: 60,
    limit: 1,
    filter: { status: 'active' },
  }).rows;
  if (person) {
    clock.at = at(12);
    const proposal = await services.destructions.propose(operator, {
      subject_id: person.id,
      letter_id: null,
      reason: 'not_needed',
      reason_text: 'Пациент не обращался в клинику более пяти лет; цель обработки достигнута',
      plan: plan(person.has_medical_info, clinicDay(new Date(Date.UTC(at(12).getUTCFullYear() + 25, 0, 1)))),
    });
    clock.at = at(10);
    await services.destructions.approve(officer, proposal.id, 'Проверено: договоров и обязательств нет');
  }

  const withdrawal = services.letters
    .list({ sortField: 'id', sortOrder: 'ASC', offset: 0, limit: 100, filter: { kind: 'withdrawal' } })
    .rows.find((letter) => letter.subject_id !== null && letter.status !== 'closed');
  if (withdrawal?.subject_id) {
    clock.at = at(1);
    const subject = services.subjects.findForUpdate(withdrawal.subject_id)!;
    await services.destructions.propose(operator, {
      subject_id: subject.id,
      letter_id: withdrawal.id,
      reason: 'withdrawal',
      reason_text: `Отзыв согласия, письмо ${withdrawal.reg_number}`,
      plan: plan(subject.has_medical_info, clinicDay(new Date(Date.UTC(at(1).getUTCFullYear() + 25, 0, 1)))),
    });
  }

  // Rejected website submissions past their 30 days: two destroyed as one batch five days ago (a batch act in the
  // register), three more proposed yesterday and waiting for the compliance officer.
  clock.at = at(6);
  const rejections = services.destructionCandidates
    .list({
      sortField: 'purpose_ended_on',
      sortOrder: 'ASC',
      offset: 0,
      limit: 5,
      filter: { kind: 'rejected_submission' },
    })
    .rows.map((c) => c.submission_id!);
  const batch = (ids: number[]) =>
    services.submissionDestructions.propose(operator, {
      submission_ids: ids,
      reason: 'purpose_achieved',
      reason_text: 'Обращения отклонены при проверке (спам, тестовые), прошло более 30 дней: цель обработки достигнута',
    });
  if (rejections.length >= 2) {
    const done = await batch(rejections.slice(0, 2));
    clock.at = at(5);
    await services.submissionDestructions.approve(officer, done.id, 'Проверено: субъекты не зарегистрированы');
  }
  if (rejections.length >= 3) {
    clock.at = at(1);
    await batch(rejections.slice(2));
  }
  clock.at = null;
}
