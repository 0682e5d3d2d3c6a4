// Russian is the working language of the clinic and the default locale.
// Terms follow /work/shared/docs/glossary.md. en.ts must have exactly the same keys
// (the compiler checks it).
import russianMessages from 'ra-language-russian';
import { mergeTranslations } from 'react-admin';

const raOverrides = {
  ra: {
    // The password inputs' show/hide toggle must not be named «…пароль»: a search by the
    // label «Пароль» (screen readers, browser tests) should find the input alone.
    input: {
      password: {
        toggle_visible: 'Скрыть введённые символы',
        toggle_hidden: 'Показать введённые символы',
      },
    },
    // ra-language-russian 5.4.5 lacks only these keys of react-admin 5.15.
    guesser: {
      empty: {
        title: 'Нет данных для отображения',
        message: 'Проверьте поставщика данных',
      },
    },
  },
};

export const ruApp = {
  resources: {
    subjects: {
      name: 'Субъект ПДн |||| Субъекты ПДн',
      page: {
        create: 'Новый субъект ПДн',
        edit: 'Уточнение: %{recordRepresentation}',
        show: '%{recordRepresentation}',
      },
      empty: 'Субъектов ПДн пока нет',
      invite: 'Добавьте первого',
      fields: {
        id: 'ID',
        q: 'Поиск',
        last_name: 'Фамилия',
        first_name: 'Имя',
        patronymic: 'Отчество',
        full_name: 'ФИО',
        sex: 'Пол',
        birth_date: 'Дата рождения',
        age: 'Возраст',
        phone: 'Телефон',
        email: 'Эл. почта',
        legal_rep_name: 'ФИО законного представителя',
        legal_rep_basis: 'Основание полномочий представителя',
        status: 'Статус',
        has_medical_info: 'Медицинские сведения',
        medical_info: 'Медицинские сведения',
        medical_info_replace: 'Новые медицинские сведения (заменят текущие)',
        correction_reason: 'Причина уточнения',
        version: 'Версия записи',
        created_at: 'Создано',
        updated_at: 'Изменено',
      },
      sex: {
        male: 'Мужской',
        female: 'Женский',
      },
      status: {
        active: 'Активен',
        blocked: 'Заблокирован',
        destroyed: 'Уничтожен',
      },
      tabs: {
        details: 'Сведения',
        history: 'История',
      },
      sections: {
        person: 'Субъект персональных данных',
        contacts: 'Контакты',
        legal_rep: 'Законный представитель',
        medical: 'Медицинские сведения (врачебная тайна)',
        correction: 'Уточнение',
        record: 'Запись',
      },
      age: '%{smart_count} год |||| %{smart_count} года |||| %{smart_count} лет',
      helpers: {
        phone: 'Формат: +7 (XXX) XXX-XX-XX',
        medical_info_create: 'Врачебная тайна: после сохранения просмотр только с указанием причины',
        medical_info_replace: 'Оставьте пустым, чтобы не менять текущие сведения',
        correction_reason: 'Например: «заявление субъекта от 12.03.2025, паспорт предъявлен»',
      },
      validation: {
        phone: 'Укажите номер в формате +7 (XXX) XXX-XX-XX',
        birth_date_future: 'Дата рождения не может быть в будущем',
      },
      medical: {
        present: 'Внесены',
        absent: 'Не внесены',
        reveal: 'Показать медицинские сведения',
        dialog_text:
          'Просмотр медицинских сведений записывается в журнал действий вместе с причиной. Укажите, для чего они нужны.',
        reason: 'Причина',
        confirm: 'Показать',
        hide: 'Скрыть',
        revealed_title: 'Медицинские сведения',
        empty: 'Медицинские сведения не внесены',
      },
      notifications: {
        created: 'Субъект добавлен',
        updated: 'Уточнение сохранено',
        version_conflict:
          'Запись изменил другой сотрудник. Показаны текущие значения — внесите изменения заново',
      },
    },
    'audit-log': {
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
        },
        staff: {
          created: 'Сотрудник добавлен',
          updated: 'Сотрудник изменён',
          disabled: 'Сотрудник отключён',
          enabled: 'Сотрудник включён',
          password_reset: 'Сброс пароля сотрудника',
        },
        system: {
          bootstrap: 'Начальная настройка системы',
        },
      },
      entity_types: {
        subject: 'Субъект ПДн',
        staff: 'Сотрудник',
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
      },
    },
    staff: {
      name: 'Сотрудник |||| Сотрудники',
      page: {
        create: 'Новый сотрудник',
        edit: 'Сотрудник: %{recordRepresentation}',
        show: 'Сотрудник: %{recordRepresentation}',
      },
      empty: 'Сотрудников пока нет',
      invite: 'Добавьте первого',
      fields: {
        id: 'ID',
        login: 'Логин',
        full_name: 'ФИО',
        role: 'Роль',
        active: 'Активен',
        must_change_password: 'Должен сменить пароль',
        locked_until: 'Вход заблокирован до',
        created_at: 'Создан',
        updated_at: 'Изменён',
      },
      sections: {
        account: 'Учётная запись',
      },
      helpers: {
        login: 'Латинские буквы, цифры, точка, дефис, подчёркивание; не меняется после создания',
        active: 'Отключённый сотрудник не может войти',
      },
      temporary_password: {
        title: 'Временный пароль',
        message: 'Временный пароль: %{password} — передайте сотруднику, он сменит его при входе',
        warning: 'Пароль показывается один раз. После закрытия окна его нельзя будет посмотреть снова.',
        copy: 'Скопировать',
        copied: 'Пароль скопирован',
      },
      reset_password: {
        button: 'Сбросить пароль',
        confirm_title: 'Сбросить пароль сотрудника?',
        confirm_content:
          'Текущий пароль сотрудника %{name} перестанет действовать. Будет выдан временный пароль, который нужно сменить при входе.',
      },
      notifications: {
        created: 'Сотрудник добавлен',
        updated: 'Изменения сохранены',
      },
    },
  },
  pd: {
    app: {
      title: 'PD Desk',
      operator: 'ООО «Натамед»',
      subtitle: 'Работа с персональными данными',
    },
    roles: {
      operator: 'Оператор',
      compliance: 'Ответственный за обработку ПДн',
      admin: 'Администратор',
      // Authors of log entries that are not staff.
      system: 'Система',
      anonymous: 'Без входа',
    },
    common: {
      empty: '—',
    },
    auth: {
      login: 'Логин',
      password: 'Пароль',
      sign_in: 'Войти',
      invalid_credentials: 'Неверный логин или пароль',
      throttled: 'Слишком много попыток входа. Повторите попытку позже',
      locked: 'Учётная запись временно заблокирована',
    },
    server_errors: {
      validation_failed: 'Проверьте правильность заполнения полей',
      unauthenticated: 'Требуется вход в систему',
      forbidden: 'Недостаточно прав для этого действия',
      csrf_failed: 'Сессия устарела. Обновите страницу и повторите действие',
      password_change_required: 'Сначала смените временный пароль',
      not_found: 'Запись не найдена',
      method_not_allowed: 'Это действие не поддерживается',
      login_taken: 'Этот логин уже занят',
      last_admin: 'Нельзя отключить или лишить прав последнего активного администратора',
      too_many_requests: 'Слишком много запросов. Повторите попытку позже',
      payload_too_large: 'Слишком большой объём данных',
      malformed_json: 'Некорректный запрос',
      bad_request: 'Некорректный запрос',
      internal: 'Ошибка сервера. Повторите попытку позже',
    },
    // Field errors by the server's stable codes; a field-specific text wins over the generic one.
    server_field_errors: {
      too_small: 'Значение не заполнено или слишком короткое',
      too_big: 'Слишком длинное значение',
      invalid_type: 'Заполните поле',
      invalid_value: 'Выберите значение из списка',
      invalid_format: 'Неверный формат',
      custom: 'Неверное значение',
      unknown_field: 'Поле не принимается сервером',
      phone_invalid: 'Укажите номер в формате +7 (XXX) XXX-XX-XX',
      date_invalid: 'Неверная дата',
      birth_date_range: 'Дата рождения должна быть не раньше 1900 года и не позже сегодняшнего дня',
      legal_rep_basis_required: 'Укажите основание полномочий представителя',
      legal_rep_name_required: 'Укажите ФИО законного представителя',
      login_taken: 'Этот логин уже занят',
      wrong_password: 'Неверный текущий пароль',
      too_short: 'Пароль слишком короткий',
      same_as_current: 'Новый пароль должен отличаться от текущего',
      fields: {
        correction_reason: { too_small: 'Укажите причину уточнения (не короче 3 символов)' },
        reason: { too_small: 'Укажите причину (не короче 3 символов)' },
        login: { too_small: 'Не короче 2 символов', invalid_format: 'Латинские буквы, цифры, точка, дефис, подчёркивание' },
        last_name: { too_small: 'Обязательно для заполнения' },
        first_name: { too_small: 'Обязательно для заполнения' },
        full_name: { too_small: 'Обязательно для заполнения' },
        email: { invalid_format: 'Неверный адрес эл. почты' },
      },
    },
    change_password: {
      menu: 'Сменить пароль',
      title: 'Смена пароля',
      current: 'Текущий пароль',
      new: 'Новый пароль',
      confirm: 'Подтверждение нового пароля',
      submit: 'Сменить пароль',
      hint: 'Не короче %{min} символов',
      forced: 'Вы вошли с временным паролем. Задайте свой пароль, чтобы продолжить работу.',
      too_short: 'Пароль должен быть не короче %{min} символов',
      mismatch: 'Пароли не совпадают',
      same: 'Новый пароль должен отличаться от текущего',
      success: 'Пароль изменён',
    },
  },
};

export const ru = mergeTranslations(russianMessages, raOverrides, ruApp);
