import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { PRINT_LABELS, type PrintableDocument } from '../contract/index.js';
import { documentContent } from './layout.js';

// pdfmake is CommonJS with one shared instance; its type declarations describe that instance.
const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof PdfMake;

// The font ships inside the pdfmake package (Roboto, with Cyrillic): nothing is fetched at run time, and pdfmake may
// read no other file and no URL, whatever a document's text says.
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
pdfmake.setFonts({
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR + path.sep));

const MM = 72 / 25.4;

/**
 * Renders printable documents to one A4 PDF: each document from a new page (a reply, then the report it encloses),
 * page numbers «Страница N из M» over the whole file, and the watermark of the first document (a draft's «ПРОЕКТ»)
 * across every page.
 */
export function renderPdf(docs: PrintableDocument | readonly PrintableDocument[]): Promise<Buffer> {
  const list = Array.isArray(docs) ? (docs as readonly PrintableDocument[]) : [docs as PrintableDocument];
  if (!list.length) return Promise.reject(new Error('Nothing to print'));
  const first = list[0];
  const content: Content[] = list.map((doc, i) => ({
    stack: documentContent(doc),
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [25 * MM, 18 * MM, 15 * MM, 20 * MM],
    info: { title: first.title, author: first.letterhead.operator_name, creator: 'PD Desk', producer: 'PD Desk' },
    language: 'ru-RU',
    watermark: first.watermark ? { text: first.watermark, opacity: 0.12, bold: true, angle: -45 } : undefined,
    footer: (currentPage, pageCount) => ({
      text: `${PRINT_LABELS.page} ${currentPage} ${PRINT_LABELS.of} ${pageCount}`,
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
      margin: [0, 8 * MM, 0, 0],
    }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.2 },
    styles: {
      letterheadName: { fontSize: 13, bold: true },
      letterheadLine: { fontSize: 8, color: '#333333' },
      meta: { fontSize: 10 },
      addressee: { fontSize: 11 },
      title: { fontSize: 12, bold: true, alignment: 'center', margin: [0, 14, 0, 12] },
      subheading: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      body: { alignment: 'justify', margin: [0, 0, 0, 7] },
      list: { margin: [0, 0, 0, 6] },
      tableHeader: { bold: true, fontSize: 9 },
      tableCell: { fontSize: 9 },
      fieldLabel: { color: '#333333' },
      signature: { margin: [0, 24, 0, 0] },
      executor: { fontSize: 8, color: '#333333', margin: [0, 28, 0, 0] },
    },
  };
  return pdfmake.createPdf(definition).getBuffer();
}
