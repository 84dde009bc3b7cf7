import { ImportRefusal } from '../errors';
import { finalize } from '../finalize';
import type { IdAllocator } from '../ids';
import type { ImportResult } from '../index';
import type { ReportBuilder } from '../report';
import type { BodyContext } from '../structure/body';
import { FootnoteRegistry } from '../structure/footnotes';
import { toInlines } from '../structure/inlines';
import { parseXml } from '../xml/parse';
import { attr, child, descendants, elements } from '../xml/query';
import { readAnnex } from './annex';
import { AknBodyWalker } from './body';
import { AknNotes } from './inline';
import { readFront } from './meta';

/** The document types of Akoma Ntoso; AKN4UN resolutions are `statement`s. */
const DOCUMENT_TYPES = new Set(['statement', 'act', 'bill', 'doc', 'debate', 'judgment', 'amendment', 'documentCollection', 'officialGazette', 'portion']);

/** Akoma Ntoso (AKN4UN) XML → the Penholder document. */
export function importAkn(text: string, report: ReportBuilder, ids: IdAllocator): ImportResult {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new ImportRefusal(parsed.error);
  if (parsed.root.local !== 'akomaNtoso') throw new ImportRefusal('the root element is not <akomaNtoso>');
  const statement = elements(parsed.root).find((el) => DOCUMENT_TYPES.has(el.local));
  if (!statement) throw new ImportRefusal('no document (statement, act, doc …) inside <akomaNtoso>');
  const footnotes = new FootnoteRegistry([], ids, report);
  const notes = new AknNotes((def) => footnotes.define(def));
  const ctx: BodyContext = { ids, report, footnotes };
  const front = readFront(statement, notes, report);
  const title = front.title ? toInlines(front.title, (key) => ctx.footnotes.resolve(key, { region: 'other', label: 'title' })) : null;
  const components = new Map(descendants(child(statement, 'components') ?? statement, 'component').map((c) => [attr(c, 'eId') ?? '', c]));
  const body = new AknBodyWalker(ctx, notes, components);
  for (const part of ['preamble', 'mainBody', 'body']) {
    const el = child(statement, part);
    if (el) body.visitTop(el);
  }
  // components no clause refers to are parts of the text (A, B …)
  for (const component of components.values()) body.visitTop(component);
  const annexes = descendants(child(statement, 'attachments') ?? { name: '', local: '', attrs: {}, children: [] }, 'doc')
    .map((doc) => readAnnex(doc, ctx, notes))
    .filter((a) => a !== null);
  const blocks = body.blocks();
  if (annexes.length) report.found(`${annexes.length} annex${annexes.length > 1 ? 'es' : ''}`);
  const built = ctx.footnotes.build();
  return finalize(
    {
      header: front.header,
      recommendation: null,
      title,
      body: blocks,
      closing: front.closing,
      annexes,
      footnotes: built.footnotes,
      footnoteRepeat: built.repeat,
      ibidStyle: built.ibidItalic === null ? null : built.ibidItalic ? 'italic' : 'roman',
      notes: [],
    },
    report,
  );
}
