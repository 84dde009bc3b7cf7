import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../../../shared/import/xml/parse';
import { attr, descendants, textOf } from '../../../../shared/import/xml/query';

const ok = (xml: string, html = false): XmlElement => {
  const result = parseXml(xml, { html });
  if (!result.ok) throw new Error(result.error);
  return result.root;
};

describe('parseXml', () => {
  it('reads elements, prefixed names, attributes, entities, CDATA, comments and declarations', () => {
    const root = ok(`<?xml version="1.0"?><!DOCTYPE x><!-- note --><w:document xmlns:w="urn:w" a='1 > 0'>
      <w:p w:val="&quot;x&quot;">A &amp; B&#160;&#x2013; <![CDATA[<raw>]]><w:br/></w:p></w:document>`);
    expect([root.name, root.local, root.attrs['a']]).toEqual(['w:document', 'document', '1 > 0']);
    const p = descendants(root, 'p')[0]!;
    expect(attr(p, 'w:val')).toBe('"x"');
    expect(attr(p, 'val')).toBe('"x"');
    expect(textOf(p)).toBe('A & B\u00a0– <raw>');
    expect(descendants(root, 'br')).toHaveLength(1);
  });

  it.each([
    ['<a><b></a>', /does not close/],
    ['<a><b>', /not closed/],
    ['<a>text', /not closed/],
    ['<a><!-- open', /comment is not closed/],
    ['<a><b attr="x', /cut off/],
    ['<a>1 < 2</a>', /stray "<"/],
    ['<a/><b/>', /exactly one root/],
    ['<a b></a>', /has no value/],
    ['', /exactly one root/],
    [`${'<d>'.repeat(500)}${'</d>'.repeat(500)}`, /nested more than/],
  ])('refuses %j with one line', (xml, message) => {
    const result = parseXml(xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('reads HTML leniently: void and unclosed elements, raw script text, upper-case names', () => {
    const root = ok('<HTML><body><P>One<br>two<p>Three <script>if (a < b) {}</script><img src=x.png>four</body>', true);
    expect(descendants(root, 'p').map(textOf)).toEqual(['Onetwo', 'Three four']);
    expect(descendants(root, 'script')[0]!.children).toEqual([]);
  });
});
