export const replies = {
  name: '',
};
