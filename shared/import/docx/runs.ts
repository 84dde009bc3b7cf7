import type { Revision } from '../../model/types';
import type { SourceRun, TextRun } from '../structure/source';
import type { XmlElement } from '../xml/parse';
import { attr, child, elements } from '../xml/query';

/**
 * A Word paragraph's runs. Tracked changes stay tracked: text inside w:ins carries an `ins` revision, text
 * inside w:del (w:delText) a `del` revision with the deleted words verbatim (mammoth would flatten both).
 */

const on = (el: XmlElement | undefined): boolean => {
  if (!el) return false;
  const value = attr(el, 'w:val');
  return value === undefined || !/^(0|false|off|none)$/i.test(value);
};

export class RevisionTable {
  private readonly byId = new Map<string, Revision>();

  of(el: XmlElement, kind: 'ins' | 'del'): Revision {
    const key = `${kind}-${attr(el, 'w:id') ?? this.byId.size}-${attr(el, 'w:author') ?? ''}`;
    let revision = this.byId.get(key);
    if (!revision) {
      revision = { id: `docx-${key}`, author: attr(el, 'w:author') ?? 'Unknown', date: attr(el, 'w:date') ?? '' };
      this.byId.set(key, revision);
    }
    return revision;
  }

  get size(): number {
    return this.byId.size;
  }

  /** footnotes printed with a custom mark ("*", "**"): the symbol series, by footnote id → stars */
  readonly customMarks = new Map<string, number>();
}

interface Context {
  ins?: Revision;
  del?: Revision;
}

/** Container elements whose runs belong to the paragraph. */
const TRANSPARENT = new Set(['hyperlink', 'smartTag', 'sdt', 'sdtContent', 'fldSimple', 'customXml', 'dir', 'bdo']);

export function paragraphRuns(p: XmlElement, revisions: RevisionTable): SourceRun[] {
  const runs: SourceRun[] = [];
  // a footnote reference with customMarkFollows prints the text run after it ("*") as its mark
  let customFor: string | null = null;
  const visit = (el: XmlElement, ctx: Context) => {
    for (const node of elements(el)) {
      if (node.local === 'r') run(node, ctx);
      else if (node.local === 'ins' || node.local === 'moveTo') visit(node, { ...ctx, ins: revisions.of(node, 'ins') });
      else if (node.local === 'del' || node.local === 'moveFrom') visit(node, { ...ctx, del: revisions.of(node, 'del') });
      else if (TRANSPARENT.has(node.local)) visit(node, ctx);
    }
  };
  const run = (r: XmlElement, ctx: Context) => {
    const props = child(r, 'rPr');
    const marks: Omit<TextRun, 'text'> = {};
    if (props && on(child(props, 'i'))) marks.italic = true;
    if (props && on(child(props, 'b'))) marks.bold = true;
    // a typed superscript number repeats an existing footnote's marker (a reused number, 001 OP17)
    const superscript = props !== undefined && attr(child(props, 'vertAlign'), 'w:val') === 'superscript';
    const typed = elements(r).filter((n) => n.local === 't').map((n) => n.children.join('')).join('');
    if (superscript && /^\d{1,3}$/.test(typed) && !ctx.del) {
      runs.push({ ref: `#${Number(typed)}`, printed: typed });
      return;
    }
    if (ctx.ins) marks.ins = ctx.ins;
    if (ctx.del) marks.del = ctx.del;
    const push = (text: string) => {
      const last = runs[runs.length - 1];
      if (last && 'text' in last && last.italic === marks.italic && last.bold === marks.bold && last.ins === marks.ins && last.del === marks.del) {
        last.text += text;
      } else runs.push({ text, ...marks });
    };
    for (const node of elements(r)) {
      switch (node.local) {
        case 't':
        case 'delText': {
          const text = node.children.filter((c): c is string => typeof c === 'string').join('');
          if (customFor !== null && /^\*{1,3}$/.test(text.trim())) {
            revisions.customMarks.set(customFor, text.trim().length);
            runs.push({ mark: text.trim().length });
            customFor = null;
            break;
          }
          if (customFor !== null) runs.push({ ref: customFor, printed: '' });
          customFor = null;
          push(text);
          break;
        }
        case 'tab':
        case 'br':
        case 'cr':
          push(' ');
          break;
        case 'noBreakHyphen':
          push('\u2011');
          break;
        case 'sym': {
          const code = parseInt(attr(node, 'w:char') ?? '', 16);
          if (code > 0) push(String.fromCharCode(code >= 0xf000 ? code - 0xf000 : code));
          break;
        }
        case 'footnoteReference':
          if (/^(1|true|on)$/i.test(attr(node, 'w:customMarkFollows') ?? '')) customFor = attr(node, 'w:id') ?? '';
          else runs.push({ ref: attr(node, 'w:id') ?? '', printed: '' });
          break;
      }
    }
  };
  visit(p, {});
  if (customFor !== null) runs.push({ ref: customFor, printed: '' });
  return runs;
}

/** The revision on the paragraph mark itself (a whole paragraph inserted or deleted). */
export function paragraphMark(p: XmlElement, revisions: RevisionTable): { ins?: Revision; del?: Revision } {
  const props = child(child(p, 'pPr') ?? p, 'rPr');
  if (!props || !child(p, 'pPr')) return {};
  const ins = child(props, 'ins');
  const del = child(props, 'del');
  return { ...(ins ? { ins: revisions.of(ins, 'ins') } : {}), ...(del ? { del: revisions.of(del, 'del') } : {}) };
}
