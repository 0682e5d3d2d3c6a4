export const disclosures = {
  name: '',
};
