export const staff = {
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
    position: 'Должность',
    role: 'Роль',
    active: 'Активен',
    must_change_password: 'Должен сменить пароль',
    locked_until: 'Вход заблокирован до',
    created_at: 'Создан',
    updated_at: 'Изменён',
    state: 'Вход',
  },
  state: {
    active: 'Активен',
    inactive: 'Отключён',
    temporary_password: 'Временный пароль',
    locked: 'Заблокирован до %{until}',
  },
  sections: {
    account: 'Учётная запись',
  },
  helpers: {
    login: 'Латинские буквы, цифры, точка, дефис, подчёркивание; не меняется после создания',
    active: 'Отключённый сотрудник не может войти',
    position: 'Печатается в ответах и актах рядом с ФИО',
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
};
