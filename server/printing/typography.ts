// A number sign or a short abbreviation («ст.», «ч.», «п.», «г.», «д.») is not left at the end of a line, apart
// from what it names: the space after it becomes a no-break space, in the PDF and in the print view alike.
export const keepTogether = (text: string) => text.replace(/(^|\s)(№|ст\.|ч\.|п\.|г\.|д\.) /g, '$1$2\u00a0');
