export const destructions = {
  name: 'Уничтожение данных |||| Уничтожение данных',
};
