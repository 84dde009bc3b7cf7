import type { DocumentKind } from '../model/types';
import type { InstrumentEntry } from './data/instruments';
import type { Finding, Severity } from './diagnostic';
import type { Organ } from './organs';
import type { DocView } from './view/doc-view';
import type { TargetKind, TextTarget } from './view/targets';

/**
 * A rule is data (id, severity, organs, description) plus a check, so a user can switch it off and a rule set can
 * change its severity. `scope: 'resolution'` rules are off for reports (un-format.md §1.9).
 */
export interface RuleMeta {
  id: string;
  severity: Severity;
  /** the organs whose rule set includes the rule */
  organs: readonly Organ[] | 'all';
  scope: 'resolution' | 'text';
  /** one line for the rule list and the settings panel */
  description: string;
}

/** What a paragraph rule may know besides its text: the same for every paragraph, so it is part of the cache key. */
export interface RuleEnv {
  organ: Organ;
  kind: DocumentKind;
  /** the instrument names (local table plus the shipped treaty table) */
  instruments: readonly InstrumentEntry[];
}

/** Looks at one target at a time; its findings are cached with the target's node. */
export interface ParagraphRule extends RuleMeta {
  type: 'paragraph';
  targets: readonly TargetKind[];
  check: (target: TextTarget, env: RuleEnv) => Finding[];
}

/** Looks at the whole document (runs, positions, footnotes); findings name their target. */
export interface DocumentRule extends RuleMeta {
  type: 'document';
  check: (view: DocView) => (Finding & { paragraphId: string })[];
  /**
   * What the findings depend on, compared item by item (===) with the last call: when nothing changed, the
   * linter reuses the last findings (footnote checks skip a keystroke in a paragraph without markers).
   */
  inputs?: (view: DocView) => readonly unknown[];
}

export type Rule = ParagraphRule | DocumentRule;

/** Every kind of body text (what spelling and punctuation rules read). */
export const TEXT_TARGETS: readonly TargetKind[] = ['pp', 'op', 'sub', 'plain', 'title', 'recommendation', 'footnote'];
/** Running text of paragraphs only. */
export const PARAGRAPHS: readonly TargetKind[] = ['pp', 'op', 'sub', 'plain'];
