// What the law lets the clinic give an authority. Medical secrecy (323-FZ art. 13) allows medical information to be
// disclosed without the patient's consent only in the closed list of its part 4 (an inquiry or investigation body or
// a court in connection with a case, prosecutor supervision…; legal rules, section D). Any other basis needs the
// patient's written consent, which is not this workflow.

// Each mark tolerates the ways a basis is written: «ч. 4 ст. 13 Федерального закона № 323-ФЗ», «ст.13 ч.4 323-ФЗ»,
// «323-FZ art. 13 p.4». A number must not run on into another («ст. 130», «ч. 41»), and an abbreviation must be a word
// of its own («уч. 4» is not a part).
const LAW_323 = /(?<!\d)323\s*-?\s*(?:ФЗ|FZ)/iu;
const ARTICLE_13 = /(?<!\p{L})(?:ст\.?|стать[яиеюёй]\p{L}*|art\.?|article)\s*13(?!\d|\.\d)/iu;
const PART_4 = /(?<!\p{L})(?:ч\.?|част[ьиеюя]\p{L}*|p\.?|part)\s*4(?!\d|\.\d)/iu;

/**
 * Whether the basis cites 323-FZ art. 13 p.4. All three marks must stand in one citation (the text between
 * semicolons or line breaks), so that «ст. 13 152-ФЗ; ч. 4 ст. 6 323-ФЗ» does not pass as one.
 */
export function citesMedicalSecrecyException(basis: string): boolean {
  return basis
    .split(/[;\n]/)
    .some((citation) => LAW_323.test(citation) && ARTICLE_13.test(citation) && PART_4.test(citation));
}
