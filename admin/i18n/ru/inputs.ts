// The shared inputs of admin/common: dates, dates with time, phones.
export const inputs = {
  date: {
    incomplete: 'Введите дату полностью: день, месяц и год',
    invalid: 'Такой даты не существует',
    min: 'Дата не может быть раньше %{date}',
    max: 'Дата не может быть позже %{date}',
  },
  date_time: {
    incomplete: 'Введите дату и время полностью',
    invalid: 'Такой даты не существует',
    min: 'Не раньше %{date}',
    max: 'Не позже %{date}',
  },
  // The hour section of an empty date-time field (the pickers' Russian locale has «чч»).
  hours_placeholder: 'ЧЧ',
  phone: {
    invalid: 'Введите номер полностью: +7 (XXX) XXX-XX-XX',
  },
};
