// A number sign or a short abbreviation («ст.», «ч.», «п.», «г.», «д.») is not left at the end of a line, apart
// from what it names: the space after it becomes a no-break space, in the PDF and in the print view alike.
export const keepTogether = (text: string) => text.replace(/(^|\s)(№|ст\.|ч\.|п\.|г\.|д\.) /g, '$1$2\u00a0');

/**
 * How a Russian letter signs: «И. Н. Васильев» for «Васильев Игорь Николаевич» (initials, then the surname; GOST R
 * 7.0.97-2016, the signature requisite), with no-break spaces so it never splits. A name not of two or three words is
 * left as written.
 */
export const signatureName = (fullName: string): string => {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 3) return fullName.trim();
  const [surname, ...given] = words;
  return [...given.map((name) => `${name[0]}.`), surname].join('\u00a0');
};

/** «Кузнецов А. П.» for «Кузнецов Андрей Павлович»: how the executor's line of a letter names them. */
export const surnameAndInitials = (fullName: string): string => {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 3) return fullName.trim();
  const [surname, ...given] = words;
  return [surname, ...given.map((name) => `${name[0]}.`)].join('\u00a0');
};
