export const app = {
  title: 'PD Desk',
  operator: 'ООО «Натамед»',
  subtitle: 'Работа с персональными данными',
};

export const roles = {
  operator: 'Оператор',
  compliance: 'Ответственный за обработку ПДн',
  admin: 'Администратор',
  // Authors of log entries that are not staff.
  system: 'Система',
  anonymous: 'Без входа',
  public: 'Сайт (без входа)',
};
