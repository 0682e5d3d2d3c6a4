// A document staff print and sign (a reply, the access report, later acts and notices), as one structure that the
// server renders to PDF (server/printing/) and the SPA to print-ready HTML: the same content on paper and on screen.
import type { OperatorSettings } from './settings.js';

export type PrintBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Markdown as staff write it in a reply's draft: paragraphs, emphasis, lists. */
  | { kind: 'markdown'; text: string }
  /** Label–value rows («Фамилия: Иванова»). */
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface PrintableDocument {
  /** The document's name: the PDF's title and the heading over its body. */
  title: string;
  /** The letterhead is printed from these. */
  letterhead: Pick<
    OperatorSettings,
    'operator_name' | 'legal_address' | 'postal_address' | 'email' | 'website' | 'inn' | 'ogrn'
  >;
  /** Outgoing number and date (YYYY-MM-DD) of a letter, when it has them (a draft has neither). */
  number: string | null;
  date: string | null;
  /** The addressee's lines (name, address); empty for a document that is not a letter. */
  addressee: string[];
  blocks: PrintBlock[];
  signature: { position: string; name: string } | null;
  /** Who prepared the document («Исп. Кузнецов А. П., медицинский регистратор»), printed small under the signature. */
  executor: string | null;
  /** Printed across a draft («ПРОЕКТ»). */
  watermark: string | null;
}

/** The words both renderers print around a document's values (the document is in Russian, whatever the UI's language). */
export const PRINT_LABELS = {
  legalAddress: 'Юридический адрес',
  postalAddress: 'Почтовый адрес',
  email: 'E-mail',
  website: 'Сайт',
  inn: 'ИНН',
  ogrn: 'ОГРН',
  outgoing: 'Исх. №',
  dated: 'от',
  unnumbered: 'Исх. № ______ от __.__.____',
  signature: '(подпись)',
  executor: 'Исп.',
  page: 'Страница',
  of: 'из',
} as const;
