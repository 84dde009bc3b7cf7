import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Element, Text, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import type { OperativeParagraph } from '../../../../shared/model/types';
import { summarize } from '../../../../shared/summary/summary';
import { aknDir, elementsOf, filesIn, importPath } from '../support';

/**
 * The ground truth is the XML itself (shared/README.md): the counts are read from it here with plain
 * regular expressions, apart from the importer's parser.
 */
const NOTE = /<authorialNote\b[\s\S]*?<\/authorialNote>/g;
const SENTINEL = '\u0001';

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const plain = (xml: string) => decode(xml.replace(/<[^>]+>/g, '')).replace(/[ \t\r\n]+/g, ' ');

function countsFromXml(xml: string) {
  const preamble = /<preamble>([\s\S]*?)<\/preamble>/.exec(xml)?.[1] ?? '';
  const mainBody = /<mainBody>([\s\S]*?)<\/mainBody>/.exec(xml)?.[1] ?? '';
  let operative = 0;
  let subItems = 0;
  for (const m of mainBody.replace(NOTE, '').matchAll(/<paragraph\b[^>]*>([\s\S]*?)<\/paragraph>/g)) {
    const body = m[1]!;
    const num = /^\s*<num>([^<]*)<\/num>/.exec(body)?.[1]?.trim() ?? '';
    const text = plain(/<content\b[^>]*>([\s\S]*?)<\/content>/.exec(body)?.[1] ?? '').trim();
    if (/^\d+\.?$/.test(num) || (!num && /^\d+\.?\s/.test(text))) operative += 1;
    subItems += (body.match(/<point\b/g) ?? []).length;
    if (/^\([a-z]+\)$/.test(num) || (!num && /^\([a-z]+\)\s/.test(text))) subItems += 1;
  }
  return {
    preambular: (preamble.match(/<container\b/g) ?? []).length,
    operative,
    subItems,
    footnotes: (xml.match(/<authorialNote\b/g) ?? []).length,
  };
}

/** For each note in document order: the text of its paragraph from the paragraph's start to the note. */
function notePrefixesFromXml(xml: string): { prefix: string; inAttachment: boolean }[] {
  const marked = xml.replace(NOTE, SENTINEL);
  const attachments = marked.indexOf('<attachments');
  const out: { prefix: string; inAttachment: boolean }[] = [];
  for (let at = marked.indexOf(SENTINEL); at !== -1; at = marked.indexOf(SENTINEL, at + 1)) {
    const before = marked.slice(0, at);
    const start = Math.max(before.lastIndexOf('<p>'), before.lastIndexOf('<p '), before.lastIndexOf('<listIntroduction'), before.lastIndexOf('<docTitle'));
    const open = before.indexOf('>', start) + 1;
    // a label typed into the text ("(a) ", "3 ") is structure: the importer derives it, so it is not text
    const prefix = plain(before.slice(open)).replace(new RegExp(SENTINEL, 'g'), '').trimStart();
    const inAttachment = attachments !== -1 && at > attachments;
    out.push({ prefix: inAttachment ? prefix : prefix.replace(/^(\([a-z]+\)|\d+\.?)\s+/, ''), inAttachment });
  }
  return out;
}

/** For each footnote marker of the imported value in document order: its paragraph's text before it. */
function markerPrefixes(value: readonly Descendant[]): string[] {
  const out: string[] = [];
  for (const el of elementsOf(value)) {
    let text = '';
    for (const child of el.children) {
      if (Text.isText(child)) text += child.del ? '' : child.text;
      else if (Element.isElement(child) && child.type === 'footnote-ref') out.push(text);
    }
  }
  return out;
}

describe.each(filesIn(aknDir, '.xml').map((path) => [basename(path), path]))('Akoma Ntoso import of %s', (_name, path) => {
  const xml = readFileSync(path, 'utf8');
  const result = importPath(path);
  if (!result.ok) throw new Error(result.error);
  const value = result.file.body;

  it('has as many preambular and operative paragraphs, sub-items and footnotes as the XML', () => {
    const want = countsFromXml(xml);
    const ops = elementsOf(value, 'operative-paragraph') as OperativeParagraph[];
    expect(elementsOf(value, 'preambular-paragraph')).toHaveLength(want.preambular);
    expect(ops.filter((op) => op.level === 0)).toHaveLength(want.operative);
    expect(ops.filter((op) => op.level > 0)).toHaveLength(want.subItems);
    expect(elementsOf(value, 'footnote')).toHaveLength(want.footnotes);
    expect(elementsOf(value, 'footnote-ref')).toHaveLength(want.footnotes);
  });

  it('puts every footnote marker at its character position', () => {
    const want = notePrefixesFromXml(xml);
    const got = markerPrefixes(value);
    expect(got).toHaveLength(want.length);
    want.forEach(({ prefix, inAttachment }, i) => {
      // an annex keeps printed labels ("8. ") in its text, so there the paragraph may start earlier
      if (inAttachment) expect(got[i]!.endsWith(prefix), `note ${i + 1}`).toBe(true);
      else expect(got[i], `note ${i + 1}`).toBe(prefix);
    });
  });

  it('reads the metadata: symbol, date, title, sponsors, closing', () => {
    const summary = summarize(value, result.file.settings);
    const cover = /<coverPage[\s\S]*?<\/coverPage>/.exec(xml)![0];
    expect(summary.symbol).toBe(plain(/<docNumber[^>]*>([\s\S]*?)<\/docNumber>/.exec(cover)![1]!).trim());
    expect(summary.date).toBe(/<docDate date="([^"]+)"/.exec(cover)![1]);
    const preface = /<preface>[\s\S]*?<\/preface>/.exec(xml)![0];
    expect(summary.title).toBe(plain(/<docTitle[^>]*>([\s\S]*?)<\/docTitle>/.exec(preface.replace(NOTE, ''))![1]!).trim());
    expect(summary.kind).toBe('adopted-resolution');
    const by = /outcome="draftResolution"[^>]*by="([^"]*)"|by="([^"]*)"[^>]*outcome="draftResolution"/.exec(xml);
    const first = (by?.[1] ?? by?.[2] ?? '').split(/, | and /)[0]!.replace(/\s*\(.*$/, '').trim();
    if (first && !/submitted by/.test(first)) expect(summary.sponsors[0]).toBe(first);
    expect(value.some((n) => 'type' in n && n.type === 'closing')).toBe(/<conclusions/.test(xml));
    expect(elementsOf(value, 'annex')).toHaveLength((xml.match(/<doc name="annex"/g) ?? []).length);
  });
});
