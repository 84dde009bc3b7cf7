/** What the linter reports (un-format.md §6.2) and how a fix edits the text. */

export type Severity = 'error' | 'warning' | 'info';

/** A character range in a target's current text (shared/model/text.ts paragraphText): deleted runs and markers excluded. */
export interface TextRange {
  start: number;
  end: number;
}

/** One text edit in one target (a paragraph id, "title", "recommendation", an adopting-body id or a footnote id). */
export interface TextEdit {
  paragraphId: string;
  range: TextRange;
  replacement: string;
}

/** Moves a footnote marker from one text offset to another in the same target; `to: null` removes the marker. */
export interface MarkerMove {
  footnoteId: string;
  from: number;
  to: number | null;
}

/**
 * A quick fix: `replacement` replaces the diagnostic's range. A fix that rewrites several paragraphs (an also/further
 * run) lists the other edits in `edits`; a fix that moves a footnote marker carries `marker` (its text edit is a no-op).
 */
export interface Fix {
  replacement: string;
  edits?: TextEdit[];
  marker?: MarkerMove;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  /** cli.md paragraph ref ("PP1", "OP4(a)") or target ("adoptingBody", "title", "header", "fn3") */
  ref: string;
  /** the node the range belongs to: a paragraph id, "title", "recommendation", an adopting-body id, a footnote id */
  paragraphId: string;
  range: TextRange | null;
  message: string;
  fix: Fix | null;
  /** refs of the other paragraphs a diagnostic covers (the rest of an also/further run) */
  related?: string[];
}

/** What a rule finds; the linter adds the rule id, the default severity and the ref. */
export interface Finding {
  /** the target; paragraph rules may leave it out (the paragraph they were given) */
  paragraphId?: string;
  range: TextRange | null;
  message: string;
  fix?: Fix | null;
  /** overrides the rule's severity for this finding ("info if case-only") */
  severity?: Severity;
  /** ids of further paragraphs covered */
  related?: string[];
}

export const range = (start: number, end: number): TextRange => ({ start, end });
