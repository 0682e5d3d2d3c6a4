// Policy versions and consent forms share their life cycle, and so their field labels.
const documentFields = {
  id: 'ID',
  q: 'Поиск по редакции',
  version: 'Редакция',
  text: 'Текст (Markdown)',
  text_sha256: 'SHA-256 текста',
  effective_from: 'Действует с',
  status: 'Статус',
  published_at: 'Опубликована',
  published_by: 'Опубликовал',
  created_at: 'Создана',
  updated_at: 'Изменена',
  consents_count: 'Согласий',
  is_current: 'Действующая',
};

export const policies = {
  name: 'Редакция политики |||| Редакции политики',
  page: {
    create: 'Новая редакция политики',
    edit: 'Черновик редакции %{recordRepresentation}',
    show: 'Редакция политики %{recordRepresentation}',
  },
  empty: 'Редакций политики нет',
  invite: 'Создайте первую',
  fields: {
    ...documentFields,
  },
  notifications: {
    created: 'Черновик редакции создан',
    updated: 'Черновик редакции сохранён',
    deleted: 'Черновик редакции удалён',
    published: 'Редакция политики опубликована',
  },
};

export const consentForms = {
  name: 'Форма согласия |||| Формы согласий',
  page: {
    create: 'Новая форма согласия',
    edit: 'Черновик формы: %{recordRepresentation}',
    show: 'Форма согласия: %{recordRepresentation}',
  },
  empty: 'Форм согласий нет',
  invite: 'Создайте первую',
  fields: {
    ...documentFields,
    purpose: 'Цель',
    title: 'Название',
  },
  notifications: {
    created: 'Черновик формы создан',
    updated: 'Черновик формы сохранён',
    deleted: 'Черновик формы удалён',
    published: 'Форма согласия опубликована',
  },
};

export const documents = {
  status: {
    draft: 'Черновик',
    published: 'Опубликована',
  },
  current: 'Действующая',
  // A version's line in a narrow list.
  version: 'Редакция %{version}',
  effective_since: 'действует с %{date}',
  consents_count: 'согласий: %{count}',
  sections: {
    document: 'Документ',
    text: 'Текст',
    preview: 'Предпросмотр',
    publication: 'Публикация',
  },
  preview_empty: 'Текст пока пуст',
  helpers: {
    version: 'Например: 2026-01. Не повторяет уже существующие',
    effective_from: 'С этой даты опубликованная редакция становится действующей',
    text: 'Markdown: «# » заголовок, **жирный**, *курсив*, списки «- » и «1. », пустая строка — новый абзац',
  },
  published_readonly: 'Опубликованная редакция не изменяется. Чтобы изменить текст, создайте новую редакцию.',
  publish: {
    button: 'Опубликовать',
    title: 'Опубликовать редакцию «%{version}»?',
    content: 'После публикации редакцию нельзя изменить. Она станет действующей с %{date}.',
  },
  delete_draft: {
    button: 'Удалить черновик',
    title: 'Удалить черновик «%{version}»?',
    content: 'Черновик будет удалён без возможности восстановления.',
  },
};
