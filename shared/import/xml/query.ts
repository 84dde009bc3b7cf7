import type { XmlElement, XmlNode } from './parse';

/** Small queries over the parsed tree, by local name (namespace prefixes ignored). */

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

export const elements = (el: XmlElement): XmlElement[] => el.children.filter(isElement);

export const child = (el: XmlElement, local: string): XmlElement | undefined =>
  el.children.find((c): c is XmlElement => isElement(c) && c.local === local);

export const childrenNamed = (el: XmlElement, local: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => isElement(c) && c.local === local);

/** Every descendant with this local name, in document order (iterative: deep trees do not overflow). */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [...elements(el)].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.local === local) out.push(next);
    const kids = elements(next);
    for (let i = kids.length - 1; i >= 0; i -= 1) stack.push(kids[i]!);
  }
  return out;
}

export const find = (el: XmlElement, local: string): XmlElement | undefined => descendants(el, local)[0];

/** All text below an element, in order. */
export function textOf(el: XmlElement): string {
  let out = '';
  const stack: XmlNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return out;
}

export const attr = (el: XmlElement | undefined, name: string): string | undefined =>
  el ? (el.attrs[name] ?? Object.entries(el.attrs).find(([k]) => k.slice(k.indexOf(':') + 1) === name)?.[1]) : undefined;

export const collapse = (text: string): string => text.replace(/[ \t\r\n]+/g, ' ').trim();
