export const destructionCandidates = {
  name: 'Кандидат на уничтожение |||| Кандидаты на уничтожение',
};
