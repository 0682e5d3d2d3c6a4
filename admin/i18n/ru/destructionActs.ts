export const destructionActs = {
  name: 'Акт об уничтожении |||| Акты об уничтожении',
};
