import type { PrintableDocument } from '../contract/index.js';

// STUB (the replies slice replaces it): renders a printable document to an A4 PDF.
export function renderPdf(doc: PrintableDocument): Promise<Buffer> {
  return Promise.reject(new Error(`PDF rendering is not built yet (${doc.title})`));
}
