import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Node, Text } from 'slate';
import { describe, expect, it } from 'vitest';
import { importPaste } from '../../../shared/import/paste';
import type { BodyParagraph, FootnoteRef } from '../../../shared/model/types';
import { elementsOf, seedsDir } from './support';

/** What Word puts on the clipboard for two clauses with a footnote (trimmed, its markup kept as Word writes it). */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8>
<style><!-- p.MsoNormal {margin:0cm;} --></style><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoNormal><i><span lang=EN-US>Recalling</span></i><span lang=EN-US> the Convention on the Rights of the Child,<a href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></a> </span></p>
<p class=MsoNormal><span lang=EN-US>1.<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span></span><i>Urges</i> Member States to consider becoming parties to the Convention;<o:p></o:p></p>
<p class=MsoNormal style='margin-left:36pt'>(a)&nbsp;To ensure that national legislation defines a “child”;</p>
</div><div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> United Nations, <i>Treaty Series</i>, vol. 1577, No. 27531.</p></div></div>
</body></html>`;

const types = (blocks: { type: string }[]) => blocks.map((b) => b.type);

describe('importPaste', () => {
  it('structures HTML from Word: openers, numbering, sub-paragraphs and a real footnote', () => {
    const result = importPaste({ html: WORD_HTML, text: 'ignored when there is HTML' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(types(result.blocks)).toEqual(['preambular-paragraph', 'operative-paragraph', 'operative-paragraph']);
    const [pp, op, sub] = result.blocks as BodyParagraph[];
    expect(Node.string(pp!)).toBe('Recalling the Convention on the Rights of the Child,');
    expect(pp!.children[0]).toEqual({ text: 'Recalling', opener: true });
    expect(Node.string(op!)).toBe('Urges Member States to consider becoming parties to the Convention;');
    expect(sub).toMatchObject({ level: 1 });
    expect(result.footnotes).toHaveLength(1);
    expect(result.footnotes[0]!.citation).toEqual({ kind: 'unts', vols: ['1577'], nos: ['27531'] });
    const ref = pp!.children.find((c): c is FootnoteRef => 'type' in c && c.type === 'footnote-ref');
    expect(ref?.footnoteId).toBe(result.footnotes[0]!.id);
    expect(result.inline).toBeNull();
  });

  it('reads a browser selection with <sup> markers and a footnote list', () => {
    const html = '<p><em>Noting</em> the report,<sup><a href="#fn1">1</a></sup></p><section class="footnotes"><ol><li id="fn1"><p>A/61/299. <a href="#fnref1" class="footnote-back">↩︎</a></p></li></ol></section>';
    const result = importPaste({ html });
    expect(result.ok && types(result.blocks)).toEqual(['preambular-paragraph']);
    expect(result.ok && result.footnotes.map((f) => f.citation)).toEqual([{ kind: 'symbol', symbol: 'A/61/299', locator: null }]);
  });

  it('turns plain text of a whole seed into the same structure as importing it', () => {
    const text = readFileSync(join(seedsDir, '000_927ae4f0917091cd.txt'), 'utf8');
    const result = importPaste({ text });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const blocks = result.blocks;
    expect(elementsOf(blocks, 'preambular-paragraph')).toHaveLength(22);
    expect(elementsOf(blocks, 'operative-paragraph')).toHaveLength(26);
    expect(result.footnotes).toHaveLength(12);
    // ids are fresh for the open document, not "pp-1"
    expect(elementsOf(blocks, 'preambular-paragraph').every((p) => 'id' in p && !/^pp-\d+$/.test(p.id as string))).toBe(true);
  });

  it('gives the runs of a one-paragraph paste for inline insertion, opener unmarked', () => {
    const result = importPaste({ text: 'taking into account the views of Member States' });
    expect(result.ok && result.inline).toEqual([{ text: 'taking into account the views of Member States' }]);
    const clause = importPaste({ text: 'Recalling its resolution 74/174,' });
    expect(clause.ok && clause.inline?.every((run) => Text.isText(run) && !run.opener)).toBe(true);
  });

  it('says so when there is nothing to paste, and never throws', () => {
    expect(importPaste({ text: '   ' })).toEqual({ ok: false, error: 'nothing to paste' });
    expect(importPaste({})).toEqual({ ok: false, error: 'nothing to paste' });
    expect(importPaste({ html: '<p><b><i>' }).ok).toBe(false);
  });
});
