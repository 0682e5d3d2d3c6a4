export const accessReport = {
  name: '',
};
