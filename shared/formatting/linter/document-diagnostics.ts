import { sameItems } from '../../model/same-items';
import type { Diagnostic } from '../diagnostic';
import type { DocumentRule } from '../rule';
import type { ActiveRule } from '../rule-sets';
import type { DocView } from '../view/doc-view';
import { toDiagnostic, type PlacedFinding } from './to-diagnostic';

interface RuleResult {
  inputs: readonly unknown[] | null;
  findings: readonly PlacedFinding[];
  active: ActiveRule;
  refs: ReadonlyMap<string, string>;
  diagnostics: Diagnostic[];
}

/**
 * The document rules' diagnostics, rule by rule in catalogue order. A rule whose `inputs` did not change is not
 * run; a rule that returns the same findings array (rules memoize on unchanged targets) keeps its diagnostics; a
 * finding object seen before keeps its Diagnostic object. A keystroke so converts only the findings it changed.
 * `changed` is false when every rule kept its diagnostics (the caller keeps their sorted order too).
 */
export function createDocumentDiagnostics() {
  const perRule = new Map<string, RuleResult>();
  const perFinding = new WeakMap<PlacedFinding, { active: ActiveRule; refs: ReadonlyMap<string, string>; diagnostic: Diagnostic }>();

  const diagnosticOf = (f: PlacedFinding, active: ActiveRule, refs: ReadonlyMap<string, string>): Diagnostic => {
    const hit = perFinding.get(f);
    if (hit && hit.active === active && hit.refs === refs) return hit.diagnostic;
    const diagnostic = toDiagnostic(refs, active, f, f.paragraphId);
    perFinding.set(f, { active, refs, diagnostic });
    return diagnostic;
  };

  let lastRules: readonly ActiveRule[] | null = null;
  return (view: DocView, rules: readonly ActiveRule[]): { diagnostics: Diagnostic[][]; changed: boolean } => {
    // another rule set: the kept order no longer lists the same rules
    let changed = rules !== lastRules;
    lastRules = rules;
    const diagnostics: Diagnostic[][] = [];
    for (const active of rules) {
      const rule = active.rule as DocumentRule;
      const last = perRule.get(rule.id);
      const inputs = rule.inputs ? rule.inputs(view) : null;
      const findings = inputs && last && sameItems(last.inputs, inputs) ? last.findings : rule.check(view);
      // the same findings (a rule may return a new array of the same finding objects, or a new empty one)
      if (last && sameItems(last.findings, findings) && last.active === active && last.refs === view.refs) {
        last.inputs = inputs;
        diagnostics.push(last.diagnostics);
        continue;
      }
      const converted = findings.map((f) => diagnosticOf(f, active, view.refs));
      perRule.set(rule.id, { inputs, findings, active, refs: view.refs, diagnostics: converted });
      diagnostics.push(converted);
      changed = true;
    }
    return { diagnostics, changed };
  };
}
