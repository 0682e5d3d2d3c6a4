// See ru/ra.ts: the show/hide toggle must not share the word "password" with the input's label.
export const raOverrides = {
  ra: {
    input: {
      password: {
        toggle_visible: 'Hide characters',
        toggle_hidden: 'Show characters',
      },
    },
  },
};
