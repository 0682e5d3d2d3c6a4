export const common = {
  empty: '—',
};

export const csv = {
  export: 'Экспорт CSV',
  saved: 'Файл %{filename} сохранён',
};
