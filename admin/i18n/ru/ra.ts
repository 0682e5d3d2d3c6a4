export const raOverrides = {
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
