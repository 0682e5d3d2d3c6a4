import type { Content } from 'pdfmake/interfaces.js';
import { PRINT_LABELS as L, type PrintBlock, type PrintableDocument } from '../contract/index.js';
import { markdownContent } from './markdown.js';

// One printable document as pdfmake content: the letterhead, the number and the addressee, the title, the body and
// the signature block. The SPA's print view (admin/common/PrintView.tsx) lays out the same parts.

const formatDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

function letterhead(doc: PrintableDocument): Content {
  const h = doc.letterhead;
  const ids = [h.inn ? `${L.inn} ${h.inn}` : null, h.ogrn ? `${L.ogrn} ${h.ogrn}` : null].filter(Boolean).join(', ');
  const lines = [
    `${L.legalAddress}: ${h.legal_address}`,
    h.postal_address && h.postal_address !== h.legal_address ? `${L.postalAddress}: ${h.postal_address}` : null,
    [h.email ? `${L.email}: ${h.email}` : null, h.website ? `${L.website}: ${h.website}` : null]
      .filter(Boolean)
      .join('   '),
    ids || null,
  ].filter((l): l is string => !!l);
  return {
    stack: [
      { text: h.operator_name, style: 'letterheadName' },
      ...lines.map((text) => ({ text, style: 'letterheadLine' })),
      {
        canvas: [{ type: 'line', x1: 0, y1: 4, x2: 482, y2: 4, lineWidth: 0.8, lineColor: '#444444' }],
        margin: [0, 0, 0, 10],
      },
    ],
  };
}

function header(doc: PrintableDocument): Content | null {
  const meta =
    doc.number || doc.date
      ? `${L.outgoing} ${doc.number ?? '—'} ${L.dated} ${doc.date ? formatDay(doc.date) : '—'}`
      : doc.addressee.length
        ? L.unnumbered
        : '';
  if (!meta && !doc.addressee.length) return null;
  return {
    columns: [
      { width: '*', text: meta, style: 'meta' },
      { width: '45%', stack: doc.addressee.map((line) => ({ text: line, style: 'addressee' })) },
    ],
    columnGap: 12,
    margin: [0, 0, 0, 6],
  };
}

function block(b: PrintBlock): Content[] {
  switch (b.kind) {
    case 'heading':
      return [{ text: b.text, style: 'subheading' }];
    case 'paragraph':
      return [{ text: b.text, style: 'body' }];
    case 'markdown':
      return markdownContent(b.text);
    case 'fields':
      return [
        {
          table: {
            widths: ['35%', '*'],
            body: b.rows.map((r) => [{ text: r.label, style: 'fieldLabel' }, { text: r.value }]),
          },
          layout: 'noBorders',
          margin: [0, 0, 0, 8],
        },
      ];
    case 'table':
      return [
        {
          table: {
            headerRows: 1,
            widths: b.header.map(() => '*'),
            body: [
              b.header.map((text) => ({ text, style: 'tableHeader' })),
              ...b.rows.map((row) => row.map((text) => ({ text, style: 'tableCell' }))),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 8],
        },
      ];
  }
}

function signature(doc: PrintableDocument): Content | null {
  if (!doc.signature) return null;
  return {
    style: 'signature',
    unbreakable: true,
    table: {
      widths: ['40%', '*', '30%'],
      body: [
        [
          { text: doc.signature.position, margin: [0, 12, 0, 0] },
          { text: '', border: [false, false, false, true], margin: [0, 12, 0, 0] },
          { text: doc.signature.name, alignment: 'right', margin: [0, 12, 0, 0] },
        ],
        [{ text: '' }, { text: L.signature, fontSize: 7, alignment: 'center', color: '#555555' }, { text: '' }],
      ],
    },
    layout: { defaultBorder: false, paddingLeft: () => 4, paddingRight: () => 4 },
  };
}

export function documentContent(doc: PrintableDocument): Content[] {
  return [
    letterhead(doc),
    header(doc),
    { text: doc.title, style: 'title' },
    ...doc.blocks.flatMap(block),
    signature(doc),
    doc.executor ? { text: `${L.executor} ${doc.executor}`, style: 'executor' } : null,
  ].filter((c): c is Content => c !== null);
}
