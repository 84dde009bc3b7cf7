/** A small XML writer: strings in, well-formed strings out (attribute order as given). */

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type Attributes = Record<string, string | number | undefined | null>;

const attributes = (attrs: Attributes): string =>
  Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

/** An element whose children are already XML; no children writes an empty element. */
export const el = (name: string, attrs: Attributes = {}, ...children: string[]): string => {
  const inner = children.join('');
  return inner === '' ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${inner}</${name}>`;
};

/** An element holding text. */
export const textEl = (name: string, attrs: Attributes, text: string): string => el(name, attrs, escapeXml(text));
