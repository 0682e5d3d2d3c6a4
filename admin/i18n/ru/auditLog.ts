import type { AuditAction } from '../../types';

type GroupOf<A> = A extends `${infer G}.${string}` ? G : never;
type NameIn<A, G extends string> = A extends `${G}.${infer N}` ? N : never;
/** A label for every action of the contract, nested as polyglot reads "subject.blocked": a missing one fails tsc. */
type ActionLabels = { [G in GroupOf<AuditAction>]: { [N in NameIn<AuditAction, G>]: string } };

export const auditLog = {
  name: 'Запись журнала |||| Журнал действий',
  page: {
    show: 'Запись журнала № %{recordRepresentation}',
  },
  empty: 'Записей в журнале нет',
  fields: {
    id: '№',
    at: 'Время',
    actor_login: 'Сотрудник',
    actor_role: 'Роль',
    action: 'Действие',
    entity_type: 'Объект',
    entity_id: 'ID объекта',
    subject_id: 'ID субъекта',
    request_id: 'ID запроса',
    ip: 'IP-адрес',
    details: 'Подробности',
    prev_hash: 'Хеш предыдущей записи',
    hash: 'Хеш записи',
    from: 'С даты',
    to: 'По дату',
  },
  actions: {
    auth: {
      login: 'Вход в систему',
      login_failed: 'Неудачная попытка входа',
      logout: 'Выход из системы',
      denied: 'Отказ в доступе',
      locked: 'Учётная запись заблокирована',
      password_changed: 'Смена пароля',
      throttled: 'Вход временно ограничен',
    },
    subject: {
      created: 'Субъект добавлен',
      corrected: 'Уточнение сведений',
      viewed: 'Просмотр карточки субъекта',
      medical_viewed: 'Просмотр медицинских сведений',
      blocked: 'Обработка заблокирована',
      unblocked: 'Блокирование снято',
    },
    staff: {
      created: 'Сотрудник добавлен',
      updated: 'Сотрудник изменён',
      disabled: 'Сотрудник отключён',
      enabled: 'Сотрудник включён',
      password_reset: 'Сброс пароля сотрудника',
    },
    submission: {
      received: 'Получено обращение с сайта',
      viewed: 'Просмотр обращения с сайта',
      linked: 'Обращение связано с субъектом',
      subject_created: 'Субъект создан из обращения',
      rejected: 'Обращение отклонено',
    },
    consent: {
      recorded: 'Согласие зарегистрировано',
      withdrawn: 'Согласие отозвано',
    },
    policy: {
      created: 'Черновик редакции политики создан',
      updated: 'Черновик редакции политики изменён',
      published: 'Редакция политики опубликована',
      draft_deleted: 'Черновик редакции политики удалён',
    },
    consent_form: {
      created: 'Черновик формы согласия создан',
      updated: 'Черновик формы согласия изменён',
      published: 'Форма согласия опубликована',
      draft_deleted: 'Черновик формы согласия удалён',
    },
    marketing_list: {
      viewed: 'Просмотр списка рассылки',
      exported: 'Выгрузка списка рассылки',
    },
    statistics: {
      generated: 'Формирование обезличенной статистики',
      exported: 'Выгрузка обезличенной статистики',
    },
    system: {
      bootstrap: 'Начальная настройка системы',
    },
    attachment: {
      stored: 'Файл приложен',
      downloaded: 'Файл скачан',
    },
    calendar: {
      changed: 'Производственный календарь изменён',
    },
    deadline: {
      opened: 'Срок открыт',
      extended: 'Срок продлён',
      closed: 'Срок закрыт',
      recomputed: 'Срок пересчитан по календарю',
    },
  } satisfies ActionLabels,
  entity_types: {
    subject: 'Субъект ПДн',
    staff: 'Сотрудник',
    submission: 'Обращение с сайта',
    consent: 'Согласие',
    policy: 'Редакция политики',
    consent_form: 'Форма согласия',
    marketing_list: 'Список рассылки',
    statistics: 'Обезличенная статистика',
    attachment: 'Вложение',
    calendar_day: 'День производственного календаря',
    calendar_year: 'Год производственного календаря',
    deadline: 'Срок',
  },
  sections: {
    entry: 'Запись журнала',
    chain: 'Цепочка хешей',
  },
  details: {
    personal_hidden: 'Сведения зашифрованы или недоступны для вашей роли',
    reason: 'Причина',
    changes: 'Изменения',
    field: 'Поле',
    from: 'Было',
    to: 'Стало',
    changed_fields: 'Изменено: %{fields}',
    entered_fields: 'Внесено: %{fields}',
    value: 'Значение',
    values: 'Внесённые значения',
    reason_summary: 'Причина: %{reason}',
    raw: 'Исходные данные',
    from_submission: 'Основание: обращение с сайта № %{receipt}',
    open_submission: 'Открыть обращение',
    category_summary: 'Категория: %{category}',
    fields_taken: 'Взято из обращения: %{fields}',
    nothing_taken: 'Данные субъекта не изменены',
    rows_summary: 'Строк: %{rows}',
    cells_summary: 'Ячеек: %{cells}, из них «<5»: %{suppressed}',
    version_summary: 'Редакция %{version}',
  },
};
