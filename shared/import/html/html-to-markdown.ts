import { parseXml, type XmlElement, type XmlNode } from '../xml/parse';

/**
 * HTML from Word's clipboard or a browser → the markdown-like text the text importer reads, so pasted and
 * imported text meet one pipeline: blocks on blank lines, `*italic*`, `**bold**`, `<sup>n</sup>` markers
 * (Word's "#_ftnN" anchors included) and footnote definitions as "<sup>n</sup> text" lines.
 */

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'tr', 'section', 'article',
  'header', 'footer', 'table', 'ul', 'ol', 'dd', 'dt', 'pre', 'aside', 'body']);
const SKIP = new Set(['head', 'style', 'script', 'title', 'meta', 'link', 'xml', 'template', 'noscript']);

interface Segment {
  text: string;
  italic: boolean;
  bold: boolean;
}

const styleSays = (el: XmlElement, pattern: RegExp) => pattern.test(el.attrs['style'] ?? '');
const footnoteNumber = (value: string | undefined, prefix: RegExp): string | null => {
  const m = value ? prefix.exec(value) : null;
  return m ? String(Number(m[1] ?? m[2])) : null;
};

export function htmlToMarkdown(html: string): string {
  const parsed = parseXml(html, { html: true });
  if (!parsed.ok) return html.replace(/<[^>]*>/g, ' ');
  const blocks: Segment[][] = [];
  let current: Segment[] = [];
  const flush = () => {
    if (current.some((s) => s.text.trim() !== '')) blocks.push(current);
    current = [];
  };
  // a footnote definition's number waits for its first words, which may sit in a nested <p>
  let definition: string | null = null;
  const push = (text: string, italic: boolean, bold: boolean) => {
    if (definition !== null && text.trim() !== '') {
      current.push({ text: `<sup>${definition}</sup> `, italic: false, bold: false });
      definition = null;
    }
    current.push({ text, italic, bold });
  };
  const visit = (node: XmlNode, italic: boolean, bold: boolean) => {
    if (typeof node === 'string') {
      push(node.replace(/\s+/g, ' ').replace(/\*/g, '\\*'), italic, bold);
      return;
    }
    const name = node.local;
    if (SKIP.has(name)) return;
    if (name === 'br') return push('\n', italic, bold);
    const ref = name === 'a' ? footnoteNumber(node.attrs['href'], /^#_?ftn(\d+)$|^#fn:?(\d+)$/) : null;
    // Word opens a footnote with a link back to its marker; a browser footnote ends with one ("↩"), which is dropped
    const back = name === 'a' ? footnoteNumber(node.attrs['href'], /^#_ftnref(\d+)$/) : null;
    if (name === 'a' && /^#fnref/.test(node.attrs['href'] ?? '')) return;
    if (ref) return push(`<sup>${ref}</sup>`, false, false);
    if (back) {
      flush();
      definition = back;
      return;
    }
    if (name === 'sup') {
      const text = node.children.map((c) => (typeof c === 'string' ? c : '')).join('').replace(/[[\]\s]/g, '');
      if (/^(\d{1,4}|\*{1,3})$/.test(text) || node.children.every((c) => typeof c === 'string')) {
        return push(/^(\d{1,4}|\*{1,3})$/.test(text) ? `<sup>${text}</sup>` : text, italic, bold);
      }
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'li') definition = footnoteNumber(node.attrs['id'], /^fn:?(\d+)$/) ?? definition;
    const i = italic || name === 'i' || name === 'em' || name === 'cite' || styleSays(node, /font-style:\s*italic/i);
    const b = bold || name === 'b' || name === 'strong' || styleSays(node, /font-weight:\s*(bold|[6-9]00)/i);
    for (const c of node.children) visit(c, i, b);
    if (block) flush();
  };
  visit(parsed.root, false, false);
  flush();
  return blocks.map(serialize).join('\n\n');
}

/** Segments → one block of markdown; marks wrap trimmed text so `*x*` stays valid markdown. */
function serialize(segments: Segment[]): string {
  const merged: Segment[] = [];
  for (const s of segments) {
    const last = merged[merged.length - 1];
    if (last && last.italic === s.italic && last.bold === s.bold) last.text += s.text;
    else merged.push({ ...s });
  }
  return merged
    .map((s) => {
      if (!s.italic && !s.bold) return s.text;
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(s.text)!;
      if (!m[2]) return s.text;
      // bold italic is written as italic: three stars would read as glued bold runs in a masthead
      const mark = s.italic ? '*' : '**';
      return `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
    })
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}
