import type { Services } from '../services.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { DemoClock } from './seed.js';

/**
 * One incident opened an hour ago by the compliance officer, with one linked subject, so that the dashboard shows
 * its two clocks counting down (about 23 and 71 hours left) and the register has something to open and print.
 */
export async function seedIncidents(services: Services, clock: DemoClock, officer: RequestContext): Promise<void> {
  const [person] = services.subjects.list({
    sortField: 'id',
    sortOrder: 'ASC',
    offset: 10,
    limit: 1,
    filter: { status: 'active' },
  }).rows;
  const openedAt = new Date(Date.now() - 3_600_000);
  clock.at = openedAt;
  const incident = await services.incidents.open(officer, {
    // Found a few minutes before it was entered.
    detected_at: new Date(openedAt.getTime() - 10 * 60_000).toISOString(),
    source: 'staff_report',
    source_flag_id: null,
    description:
      'Регистратор по ошибке отправил выписку из медицинской карты на адрес электронной почты другого пациента',
    systems: 'Электронная почта регистратуры; МИС клиники',
    categories: ['identity', 'contacts', 'medical'],
    subjects_estimated: 1,
    subjects_confirmed: null,
    health_data: true,
    containment: 'Получатель попросил удалить письмо и подтвердил удаление; почтовый ящик регистратуры проверен',
    responsible: null,
    presumed_causes: 'Автоподстановка адреса в почтовом клиенте',
    harm: null,
  });
  if (person) await services.incidents.linkSubjects(officer, incident.id, [person.id]);
  clock.at = null;
}
