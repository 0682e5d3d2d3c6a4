// A printable document (server/contract/printing.ts) as print-ready HTML: the same parts, in the same order, as the
// server's PDF (server/printing/layout.ts). On screen each document is an A4 sheet; printed, only the sheets are on
// the paper (the app around them is hidden), each document from a new page, numbered by the browser's page counter.
import { Box, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { PRINT_LABELS as L, type PrintBlock, type PrintableDocument } from '../types';
import { formatDate } from './format';
import { Markdown } from './Markdown';

const ROOT = 'pd-print-root';
const SHEET = 'pd-print-sheet';

// Plain CSS rather than emotion: @page and its margin boxes are at-rules emotion does not nest.
const PRINT_CSS = `
@page {
  size: A4;
  margin: 18mm 15mm 20mm 25mm;
  @bottom-center {
    content: "${L.page} " counter(page) " ${L.of} " counter(pages);
    font: 8pt Roboto, Arial, sans-serif;
    color: #555;
  }
}
.${SHEET} { position: relative; box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto 24px;
  padding: 18mm 15mm 20mm 25mm; background: #fff; color: #000; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25);
  font: 11pt/1.35 Roboto, Arial, sans-serif; overflow: hidden; }
.${SHEET} p, .${SHEET} li, .${SHEET} td { font-size: 11pt; line-height: 1.35; color: #000; }
.${SHEET} .pd-body p { text-align: justify; margin: 0 0 7pt; }
.${SHEET} a { color: inherit; text-decoration: none; }
.pd-watermark { position: absolute; top: 40%; left: -10%; right: -10%; text-align: center; font-size: 110pt;
  font-weight: 700; color: #000; opacity: 0.1; transform: rotate(-45deg); pointer-events: none; user-select: none; }
@media screen and (max-width: 1100px) { .${SHEET} { width: 100%; min-height: 0; padding: 24px; } }
@media print {
  body * { visibility: hidden; }
  .${ROOT}, .${ROOT} * { visibility: visible; }
  .${ROOT} { position: absolute; left: 0; top: 0; width: 100%; }
  .${SHEET} { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; overflow: visible; }
  .${SHEET} + .${SHEET} { break-before: page; }
  .pd-watermark { position: fixed; top: 45%; }
}`;

const Letterhead = ({ doc }: { doc: PrintableDocument }) => {
  const h = doc.letterhead;
  const ids = [h.inn ? `${L.inn} ${h.inn}` : null, h.ogrn ? `${L.ogrn} ${h.ogrn}` : null].filter(Boolean).join(', ');
  const lines = [
    `${L.legalAddress}: ${h.legal_address}`,
    h.postal_address && h.postal_address !== h.legal_address ? `${L.postalAddress}: ${h.postal_address}` : null,
    [h.email ? `${L.email}: ${h.email}` : null, h.website ? `${L.website}: ${h.website}` : null]
      .filter(Boolean)
      .join('   '),
    ids || null,
  ].filter(Boolean);
  return (
    <Box component="header" sx={{ borderBottom: '1px solid #444', pb: 1, mb: 2 }}>
      <Box sx={{ fontSize: '13pt', fontWeight: 700 }}>{h.operator_name}</Box>
      {lines.map((line) => (
        <Box key={line} sx={{ fontSize: '8pt', color: '#333' }}>
          {line}
        </Box>
      ))}
    </Box>
  );
};

const Header = ({ doc }: { doc: PrintableDocument }) => {
  const meta =
    doc.number || doc.date
      ? `${L.outgoing} ${doc.number ?? '—'} ${L.dated} ${doc.date ? formatDate(doc.date) : '—'}`
      : doc.addressee.length
        ? L.unnumbered
        : '';
  if (!meta && !doc.addressee.length) return null;
  return (
    <Box sx={{ display: 'flex', gap: '12pt', mb: 1 }}>
      <Box sx={{ flex: 1, fontSize: '10pt' }}>{meta}</Box>
      <Box sx={{ width: '45%' }}>
        {doc.addressee.map((line) => (
          <Box key={line}>{line}</Box>
        ))}
      </Box>
    </Box>
  );
};

const Block = ({ block }: { block: PrintBlock }) => {
  switch (block.kind) {
    case 'heading':
      return (
        <Typography component="h3" sx={{ fontSize: '11pt', fontWeight: 700, mt: 1.5, mb: 0.5 }}>
          {block.text}
        </Typography>
      );
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'markdown':
      return <Markdown source={block.text} />;
    case 'fields':
      return (
        <Table
          size="small"
          sx={{
            mb: 1,
            '& td': { border: 0, py: 0.25, px: 0, verticalAlign: 'top' },
            // A long label that wraps must not run into its value.
            '& td:first-of-type': { pr: '1em' },
          }}
        >
          <TableBody>
            {block.rows.map((row, i) => (
              <TableRow key={i}>
                <TableCell sx={{ width: '35%', color: '#333' }}>{row.label}</TableCell>
                <TableCell>{row.value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      );
    case 'table':
      return (
        <Table size="small" sx={{ mb: 1, '& td, & th': { fontSize: '9pt', px: 0.5, color: '#000' } }}>
          <TableBody>
            <TableRow>
              {block.header.map((cell, i) => (
                <TableCell key={i} component="th" scope="col" sx={{ fontWeight: 700 }}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
            {block.rows.map((row, i) => (
              <TableRow key={i}>
                {row.map((cell, j) => (
                  <TableCell key={j}>{cell}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      );
  }
};

const Signature = ({ doc }: { doc: PrintableDocument }) => {
  if (!doc.signature) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 1, mt: 4, breakInside: 'avoid' }}>
      <Box sx={{ width: '40%' }}>{doc.signature.position}</Box>
      <Box sx={{ flex: 1, textAlign: 'center' }}>
        <Box sx={{ borderBottom: '1px solid #000', height: '1.4em' }} />
        <Box sx={{ fontSize: '7pt', color: '#555' }}>{L.signature}</Box>
      </Box>
      <Box sx={{ width: '30%', textAlign: 'right' }}>{doc.signature.name}</Box>
    </Box>
  );
};

const Sheet = ({ doc }: { doc: PrintableDocument }) => (
  <Box component="article" className={SHEET} lang="ru" aria-label={doc.title}>
    {doc.watermark && (
      <Box className="pd-watermark" aria-hidden>
        {doc.watermark}
      </Box>
    )}
    <Letterhead doc={doc} />
    <Header doc={doc} />
    <Typography component="h2" sx={{ fontSize: '12pt', fontWeight: 700, textAlign: 'center', my: 2 }}>
      {doc.title}
    </Typography>
    <Box className="pd-body">
      {doc.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </Box>
    <Signature doc={doc} />
    {doc.executor && (
      <Box sx={{ mt: 5, fontSize: '8pt', color: '#333' }}>
        {L.executor} {doc.executor}
      </Box>
    )}
  </Box>
);

/** The documents as sheets; printing the page prints them alone. */
export const PrintView = ({ documents }: { documents: readonly PrintableDocument[] }) => (
  <Box className={ROOT}>
    <style>{PRINT_CSS}</style>
    {documents.map((doc, i) => (
      <Sheet key={i} doc={doc} />
    ))}
  </Box>
);
