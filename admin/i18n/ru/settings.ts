export const settings = {
  name: '',
};
