import { LIMITS } from '../limits';
import { decodeEntities } from './entities';

/**
 * A small XML parser (shared/ has no DOMParser): elements, attributes, text, CDATA, comments and
 * processing instructions. Strict mode refuses malformed XML with one line; `html` mode is lenient the
 * way browsers are (void elements, unclosed tags, raw-text script/style) for pasted HTML.
 */
export interface XmlElement {
  /** the qualified name as written ("w:p", "akomaNtoso"); lower-cased in html mode */
  name: string;
  /** the name without its prefix ("p") */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;
export type XmlResult = { ok: true; root: XmlElement } | { ok: false; error: string };

const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source', 'param']);
const RAW = new Set(['script', 'style', 'xml']);
const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

const localOf = (name: string) => name.slice(name.indexOf(':') + 1);
/** HTML blocks that close an open <p> (and an <li> that closes the previous <li>), as browsers do. */
const CLOSES_P = new Set(['p', 'div', 'ul', 'ol', 'li', 'table', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr']);

function implicitClose(stack: XmlElement[], name: string): void {
  if (CLOSES_P.has(name) && stack[stack.length - 1]!.name === 'p') stack.pop();
  if (name === 'li') {
    const li = stack.map((e) => e.name).lastIndexOf('li');
    const list = Math.max(stack.map((e) => e.name).lastIndexOf('ul'), stack.map((e) => e.name).lastIndexOf('ol'));
    if (li > 0 && li > list) stack.length = li;
  }
}

class Fail extends Error {}

function attributes(source: string, html: boolean): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(source); m; m = ATTR.exec(source)) {
    const value = m[2] ?? m[3] ?? m[4];
    if (value === undefined && !html) throw new Fail(`attribute ${m[1]} has no value`);
    attrs[html ? m[1]!.toLowerCase() : m[1]!] = decodeEntities(value ?? '');
  }
  return attrs;
}

export function parseXml(text: string, options: { html?: boolean } = {}): XmlResult {
  const html = options.html === true;
  const root: XmlElement = { name: '#document', local: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  const addText = (value: string) => {
    if (value === '') return;
    const children = top().children;
    const last = children[children.length - 1];
    if (typeof last === 'string') children[children.length - 1] = last + value;
    else children.push(value);
  };
  let i = 0;
  try {
    while (i < text.length) {
      const lt = text.indexOf('<', i);
      if (lt === -1) {
        addText(decodeEntities(text.slice(i)));
        break;
      }
      if (lt > i) addText(decodeEntities(text.slice(i, lt)));
      i = lt;
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end === -1 && !html) throw new Fail('a comment is not closed (truncated file?)');
        i = end === -1 ? text.length : end + 3;
      } else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i + 9);
        if (end === -1) throw new Fail('a CDATA section is not closed (truncated file?)');
        addText(text.slice(i + 9, end));
        i = end + 3;
      } else if (text.startsWith('<!', i) || text.startsWith('<?', i)) {
        const end = text.indexOf(text[i + 1] === '?' ? '?>' : '>', i + 2);
        if (end === -1) throw new Fail('a declaration is not closed (truncated file?)');
        i = end + (text[i + 1] === '?' ? 2 : 1);
      } else if (text[i + 1] === '/') {
        const end = text.indexOf('>', i);
        if (end === -1) throw new Fail('a closing tag is cut off (truncated file?)');
        const raw = text.slice(i + 2, end).trim();
        const name = html ? raw.toLowerCase() : raw;
        i = end + 1;
        if (!html) {
          if (stack.length === 1 || top().name !== name) throw new Fail(`</${name}> does not close <${top().name}>`);
          stack.pop();
        } else {
          const at = stack.map((e) => e.name).lastIndexOf(name);
          if (at > 0) stack.length = at;
        }
      } else {
        const nameMatch = NAME.exec(text.slice(i + 1, i + 200));
        if (!nameMatch) {
          if (!html) throw new Fail(`a stray "<" at character ${i}`);
          addText('<');
          i += 1;
          continue;
        }
        const end = findTagEnd(text, i);
        if (end === -1) throw new Fail(`the tag <${nameMatch[0]}> is cut off (truncated file?)`);
        const selfClosing = text[end - 1] === '/';
        const name = html ? nameMatch[0].toLowerCase() : nameMatch[0];
        const inner = text.slice(i + 1 + nameMatch[0].length, selfClosing ? end - 1 : end);
        const element: XmlElement = { name, local: localOf(name), attrs: attributes(inner, html), children: [] };
        if (html) implicitClose(stack, name);
        top().children.push(element);
        i = end + 1;
        if (html && RAW.has(name)) {
          const close = text.toLowerCase().indexOf(`</${name}`, i);
          i = close === -1 ? text.length : text.indexOf('>', close) + 1 || text.length;
        } else if (!selfClosing && !(html && VOID.has(name))) {
          if (stack.length > LIMITS.xmlDepth) throw new Fail(`elements are nested more than ${LIMITS.xmlDepth} deep`);
          stack.push(element);
        }
      }
    }
    if (!html && stack.length > 1) throw new Fail(`<${top().name}> is not closed (truncated file?)`);
  } catch (error) {
    if (error instanceof Fail) return { ok: false, error: `not well-formed XML: ${error.message}` };
    throw error;
  }
  const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (!html && elements.length !== 1) return { ok: false, error: 'not well-formed XML: the file must hold exactly one root element' };
  return { ok: true, root: html ? root : elements[0]! };
}

/** The ">" that ends a start tag, skipping ">" inside quoted attribute values. */
function findTagEnd(text: string, from: number): number {
  let quote = '';
  for (let j = from + 1; j < text.length; j += 1) {
    const c = text[j]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return -1;
}
