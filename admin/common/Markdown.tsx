// Policy versions and consent forms as Markdown (CommonMark + GFM: tables, nested and task lists,
// links, strikethrough, footnotes), rendered by react-markdown into React elements, never through
// dangerouslySetInnerHTML. Raw HTML in a draft is not interpreted: without rehype-raw react-markdown
// turns it into plain text, so a draft cannot smuggle markup or scripts into the page. Links are kept
// only for http(s), mailto and tel and for relative addresses; any other scheme (javascript:, data:,
// vbscript: …) leaves just the link's text.
import type { ComponentPropsWithoutRef } from 'react';
import {
  Box,
  Divider,
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  type TypographyProps,
} from '@mui/material';
import ReactMarkdown, { type Components, type UrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';

const REMARK_PLUGINS = [remarkGfm];

/** Opened in a new tab, with no window.opener and no referrer. */
const EXTERNAL = /^(https?:|mailto:)/i;
const ALLOWED_SCHEME = /^(https?|mailto|tel)$/i;

/** Like react-markdown's defaultUrlTransform, with a shorter list of schemes: anything else becomes ''. */
const safeUrl: UrlTransform = (url) => {
  const value = url.trim();
  const colon = value.indexOf(':');
  if (colon === -1) return value; // relative
  // A colon after the first '/', '?' or '#' is part of a path, query or fragment, not a scheme.
  const firstDelimiter = value.search(/[/?#]/);
  if (firstDelimiter !== -1 && colon > firstDelimiter) return value;
  return ALLOWED_SCHEME.test(value.slice(0, colon)) ? value : '';
};

// Document headings sit below the page's own title, so «#» becomes an <h2>.
const HEADING_VARIANTS: TypographyProps['variant'][] = ['h5', 'h6', 'subtitle1', 'subtitle1', 'subtitle2', 'subtitle2'];

const heading =
  (level: 1 | 2 | 3 | 4 | 5 | 6) =>
  ({ children, id, className }: ComponentPropsWithoutRef<'h1'>) => (
    <Typography
      id={id}
      className={className}
      component={`h${Math.min(level + 1, 6)}` as 'h2'}
      variant={HEADING_VARIANTS[level - 1]}
      sx={{ mt: 2, mb: 1, fontWeight: 600 }}
    >
      {children}
    </Typography>
  );

const COMPONENTS: Components = {
  h1: heading(1),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(5),
  h6: heading(6),
  p: ({ children }) => (
    <Typography component="p" variant="body2" sx={{ my: 1 }}>
      {children}
    </Typography>
  ),
  ul: ({ children, className }) => (
    <Box
      component="ul"
      className={className}
      sx={{ my: 1, pl: 3, '&.contains-task-list': { listStyle: 'none', pl: 1 } }}
    >
      {children}
    </Box>
  ),
  ol: ({ children, start }) => (
    <Box component="ol" start={start} sx={{ my: 1, pl: 3 }}>
      {children}
    </Box>
  ),
  li: ({ children, className, id }) => (
    <Typography
      component="li"
      variant="body2"
      id={id}
      className={className}
      sx={{ mb: 0.5, '& > ul, & > ol': { my: 0.5 } }}
    >
      {children}
    </Typography>
  ),
  a: ({ children, href, id }) => {
    // safeUrl has already emptied a forbidden scheme; such a link keeps only its text.
    if (!href) return <>{children}</>;
    const external = EXTERNAL.test(href);
    return (
      <Link
        href={href}
        id={id}
        underline="always"
        {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {children}
      </Link>
    );
  },
  // No images: a document could otherwise make every reader's browser fetch an outside address.
  img: ({ alt }) => (alt ? <>{alt}</> : null),
  code: ({ children, className }) => (
    <Box
      component="code"
      className={className}
      sx={{
        fontFamily: 'monospace',
        bgcolor: 'action.hover',
        px: 0.5,
        borderRadius: 0.5,
        'pre > &': { px: 0, bgcolor: 'transparent' },
      }}
    >
      {children}
    </Box>
  ),
  pre: ({ children }) => (
    <Box
      component="pre"
      sx={{ my: 1, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto', fontSize: '0.8125rem' }}
    >
      {children}
    </Box>
  ),
  blockquote: ({ children }) => (
    <Box
      component="blockquote"
      sx={{ my: 1, mx: 0, pl: 2, borderLeft: 4, borderColor: 'divider', color: 'text.secondary' }}
    >
      {children}
    </Box>
  ),
  hr: () => <Divider sx={{ my: 2 }} />,
  table: ({ children }) => (
    <TableContainer sx={{ my: 1.5, border: 1, borderColor: 'divider', borderRadius: 1, width: 'auto' }}>
      <Table size="small">{children}</Table>
    </TableContainer>
  ),
  thead: ({ children }) => <TableHead>{children}</TableHead>,
  tbody: ({ children }) => <TableBody>{children}</TableBody>,
  tr: ({ children }) => <TableRow>{children}</TableRow>,
  th: ({ children, style }) => (
    <TableCell component="th" scope="col" style={style} sx={{ fontWeight: 600 }}>
      {children}
    </TableCell>
  ),
  td: ({ children, style }) => <TableCell style={style}>{children}</TableCell>,
};

// GFM's footnote section has a heading for screen readers only (class sr-only).
const SR_ONLY = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

export const Markdown = ({ source }: { source: string }) => (
  <Box sx={{ '& > :first-of-type': { mt: 0 }, '& .sr-only': SR_ONLY, overflowWrap: 'anywhere' }}>
    <ReactMarkdown remarkPlugins={REMARK_PLUGINS} components={COMPONENTS} urlTransform={safeUrl}>
      {source}
    </ReactMarkdown>
  </Box>
);
