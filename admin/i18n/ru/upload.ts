export const upload = {
  placeholder: 'Перетащите файл сюда или нажмите, чтобы выбрать',
  hint: 'PDF, JPEG или PNG, не больше %{max}',
  too_large: 'Файл «%{name}» слишком большой (%{size}): можно не больше %{max}',
  wrong_type: 'Файл «%{name}» не принят: допустимы только PDF, JPEG и PNG',
  too_many: 'Можно приложить только один файл',
  rejected: 'Файл «%{name}» не принят',
  size_bytes: '%{size} Б',
  size_kb: '%{size} КБ',
  size_mb: '%{size} МБ',
};
