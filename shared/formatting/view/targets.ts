import type { Element } from 'slate';
import { detectOpener, type DetectedOpener } from '../../model/openers';
import { paragraphText } from '../../model/text';
import type { BodyParagraph, Footnote, InlineNode, Level } from '../../model/types';

/** What a rule looks at: one piece of text and what kind of block it is. */
export type TargetKind = 'pp' | 'op' | 'sub' | 'plain' | 'title' | 'recommendation' | 'formula' | 'footnote';

export interface TextTarget {
  /** paragraph id; "title", "recommendation", an adopting-body id ("adopting-body", "adopting-body:<emb id>"), a footnote id */
  id: string;
  kind: TargetKind;
  level: Level;
  /** the current text (deleted runs and markers excluded) */
  text: string;
  /** the detected opener of a PP or top-level OP */
  opener: DetectedOpener | null;
  /** the Slate node: unchanged nodes keep their identity, so it is the cache key */
  node: object;
}

// Slate gives an edited node a new object and keeps the others, so a target is rebuilt only for edited nodes.
const cache = new WeakMap<object, TextTarget>();

const cached = (node: object, id: string, build: () => TextTarget): TextTarget => {
  const hit = cache.get(node);
  if (hit && hit.id === id) return hit;
  const made = build();
  cache.set(node, made);
  return made;
};

const kindOf = (p: BodyParagraph): TargetKind =>
  p.type === 'preambular-paragraph' ? 'pp' : p.type === 'plain-paragraph' ? 'plain' : p.level === 0 ? 'op' : 'sub';

export const paragraphTarget = (p: BodyParagraph): TextTarget =>
  cached(p, p.id, () => {
    const kind = kindOf(p);
    const text = paragraphText(p.children);
    const opener = kind === 'pp' ? detectOpener(text, 'preambular') : kind === 'op' ? detectOpener(text, 'operative') : null;
    const level: Level = p.type === 'operative-paragraph' ? p.level : 0;
    return { id: p.id, kind, level, text, opener, node: p };
  });

/** Title, recommendation chapeau or adopting-body line: elements with inline children but no id of their own. */
export const blockTarget = (node: Element, id: string, kind: 'title' | 'recommendation' | 'formula'): TextTarget =>
  cached(node, id, () => ({ id, kind, level: 0, text: paragraphText(node.children as InlineNode[]), opener: null, node }));

/** The printed text of a free-text footnote (an explanatory note); structured citations are derived, not typed. */
export const footnoteText = (fn: Footnote): string | null =>
  fn.citation.kind === 'text' ? fn.citation.runs.map((r) => r.text).join('') : null;

export const footnoteTarget = (fn: Footnote): TextTarget | null => {
  const text = footnoteText(fn);
  if (text === null) return null;
  return cached(fn, fn.id, () => ({ id: fn.id, kind: 'footnote', level: 0, text, opener: null, node: fn }));
};
