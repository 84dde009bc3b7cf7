import type { Diagnostic, Finding } from '../diagnostic';
import type { ActiveRule } from '../rule-sets';

export type PlacedFinding = Finding & { paragraphId: string };

/**
 * A finding as reported: the rule id, the rule set's severity unless the finding overrides it, refs for ids. The
 * target is `paragraphId` (a paragraph rule's finding may leave its own out), so that no `{ ...f, paragraphId }`
 * copy is made per finding.
 */
export function toDiagnostic(refs: ReadonlyMap<string, string>, active: ActiveRule, f: Finding, paragraphId: string): Diagnostic {
  const d: Diagnostic = {
    rule: active.rule.id,
    severity: f.severity ?? active.severity,
    ref: refs.get(paragraphId) ?? paragraphId,
    paragraphId,
    range: f.range,
    message: f.message,
    fix: f.fix ?? null,
  };
  if (f.related && f.related.length > 0) d.related = f.related.map((id) => refs.get(id) ?? id);
  return d;
}

/** The position a diagnostic sorts by within its target: a whole-paragraph diagnostic first. */
export const startOf = (d: Diagnostic): number => d.range?.start ?? -1;
