// A deliberately small Markdown renderer for policy versions and consent forms:
// headings, paragraphs, bullet and numbered lists, **bold**, *italic* and `code`.
// It builds React elements from text only (never dangerouslySetInnerHTML), so a draft
// cannot smuggle markup or scripts into the page; anything it does not know stays text.
import type { ReactNode } from 'react';
import { Box, Typography, type TypographyProps } from '@mui/material';

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;

export const parseMarkdown = (source: string): Block[] => {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = [];
    list = null;
  };

  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trimEnd();
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
    } else if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]);
    } else if (list && /^\s{2,}\S/.test(rawLine)) {
      // An indented line continues the previous list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
};

// Earliest of: `code`, **bold** / __bold__, *italic* / _italic_ (underscores only at word edges).
const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|(?<![\p{L}\p{N}])__(.+?)__(?![\p{L}\p{N}])|\*(?!\s)(.+?)\*|(?<![\p{L}\p{N}])_(?!\s)(.+?)_(?![\p{L}\p{N}])/u;

export const renderInline = (text: string, keyPrefix = 'i'): ReactNode[] => {
  const nodes: ReactNode[] = [];
  let rest = text;
  let index = 0;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) {
      nodes.push(rest);
      break;
    }
    if (match.index > 0) nodes.push(rest.slice(0, match.index));
    const key = `${keyPrefix}-${index++}`;
    const [, code, bold, boldUnderscore, italic, italicUnderscore] = match;
    if (code !== undefined) {
      nodes.push(
        <Box key={key} component="code" sx={{ fontFamily: 'monospace', bgcolor: 'action.hover', px: 0.5, borderRadius: 0.5 }}>
          {code}
        </Box>,
      );
    } else if (bold !== undefined || boldUnderscore !== undefined) {
      nodes.push(<strong key={key}>{renderInline(bold ?? boldUnderscore, key)}</strong>);
    } else {
      nodes.push(<em key={key}>{renderInline(italic ?? italicUnderscore, key)}</em>);
    }
    rest = rest.slice(match.index + match[0].length);
  }
  return nodes;
};

// Document headings sit below the page's own title, so «#» becomes an <h2>.
const HEADING_VARIANTS: TypographyProps['variant'][] = ['h5', 'h6', 'subtitle1', 'subtitle1', 'subtitle2', 'subtitle2'];

export const Markdown = ({ source }: { source: string }) => (
  <Box sx={{ '& > :first-of-type': { mt: 0 }, overflowWrap: 'anywhere' }}>
    {parseMarkdown(source).map((block, index) => {
      const key = `b${index}`;
      if (block.kind === 'heading') {
        const level = Math.min(block.level + 1, 6) as 2 | 3 | 4 | 5 | 6;
        return (
          <Typography key={key} component={`h${level}`} variant={HEADING_VARIANTS[block.level - 1]} sx={{ mt: 2, mb: 1, fontWeight: 600 }}>
            {renderInline(block.text, key)}
          </Typography>
        );
      }
      if (block.kind === 'list') {
        return (
          <Box key={key} component={block.ordered ? 'ol' : 'ul'} sx={{ my: 1, pl: 3 }}>
            {block.items.map((item, itemIndex) => (
              <Typography key={itemIndex} component="li" variant="body2" sx={{ mb: 0.5 }}>
                {renderInline(item, `${key}-${itemIndex}`)}
              </Typography>
            ))}
          </Box>
        );
      }
      return (
        <Typography key={key} component="p" variant="body2" sx={{ my: 1 }}>
          {renderInline(block.text, key)}
        </Typography>
      );
    })}
  </Box>
);
