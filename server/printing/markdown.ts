import { lexer, type Token, type Tokens } from 'marked';
import type { Content } from 'pdfmake/interfaces.js';
import { keepTogether } from './typography.js';

// Markdown as staff write it in a reply (paragraphs, bold, italic, lists, headings) to pdfmake content. Anything
// richer (HTML, images, code) is printed as its plain text: a reply is a letter, not a web page.

/** One run of text with its emphasis: pdfmake styles flat runs reliably, nested ones not. */
interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
  decoration?: 'lineThrough';
}
type Emphasis = Omit<Run, 'text'>;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (s: string) => keepTogether(s.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m));

function inline(tokens: Token[] | undefined, outer: Emphasis = {}): Run[] {
  return (tokens ?? []).flatMap((t): Run[] => {
    switch (t.type) {
      case 'strong':
        return inline((t as Tokens.Strong).tokens, { ...outer, bold: true });
      case 'em':
        return inline((t as Tokens.Em).tokens, { ...outer, italics: true });
      case 'del':
        return inline((t as Tokens.Del).tokens, { ...outer, decoration: 'lineThrough' });
      case 'br':
        return [{ text: '\n', ...outer }];
      case 'text': {
        const text = t as Tokens.Text;
        return text.tokens ? inline(text.tokens, outer) : [{ text: unescape(text.text), ...outer }];
      }
      case 'link':
        return inline((t as Tokens.Link).tokens, outer);
      default:
        return [{ text: unescape('text' in t && typeof t.text === 'string' ? t.text : t.raw), ...outer }];
    }
  });
}

function block(t: Token): Content | null {
  switch (t.type) {
    case 'space':
    case 'hr':
      return null;
    case 'heading':
      return { text: inline((t as Tokens.Heading).tokens), style: 'subheading' };
    case 'paragraph':
      return { text: inline((t as Tokens.Paragraph).tokens), style: 'body' };
    case 'list': {
      const list = t as Tokens.List;
      const items = list.items.map((item) => ({ stack: item.tokens.map(block).filter((c) => c !== null) }));
      const start = Number(list.start) || 1;
      return list.ordered
        ? { ol: items, start, style: 'list', margin: [0, 0, 0, 6] }
        : { ul: items, style: 'list', margin: [0, 0, 0, 6] };
    }
    case 'text': {
      // A list item's text (tight list): inline tokens without a paragraph around them.
      const text = t as Tokens.Text;
      return { text: text.tokens ? inline(text.tokens) : unescape(text.text), margin: [0, 0, 0, 2] };
    }
    case 'blockquote':
      return { stack: (t as Tokens.Blockquote).tokens.map(block).filter((c) => c !== null), margin: [20, 0, 0, 6] };
    default:
      return { text: unescape(t.raw.trim()), style: 'body' };
  }
}

export function markdownContent(markdown: string): Content[] {
  return lexer(markdown)
    .map(block)
    .filter((c): c is Content => c !== null);
}
