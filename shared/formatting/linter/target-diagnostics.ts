import type { Diagnostic, Finding } from '../diagnostic';
import type { ParagraphRule, RuleEnv } from '../rule';
import type { ActiveRule } from '../rule-sets';
import type { DocView } from '../view/doc-view';
import type { TextTarget } from '../view/targets';
import { deltaFrom, replaced } from '../view/list-delta';
import { startOf, toDiagnostic } from './to-diagnostic';

/** A finding with the rule that made it (a pair, not a copy of the finding with the rule added). */
interface RuleFinding {
  finding: Finding;
  active: ActiveRule;
}

interface TargetResult {
  /** the rules, environment and adopted status the findings were made with */
  key: string;
  findings: RuleFinding[];
  refs: ReadonlyMap<string, string>;
  /** the findings as diagnostics, sorted by start (stable: rule order on ties) */
  diagnostics: Diagnostic[];
}

function findingsOf(target: TextTarget, rules: readonly ActiveRule[], env: RuleEnv, adopted: boolean) {
  const findings: RuleFinding[] = [];
  for (const active of rules) {
    const rule = active.rule as ParagraphRule;
    if (!rule.targets.includes(target.kind) || (adopted && rule.scope === 'resolution')) continue;
    for (const finding of rule.check(target, env)) findings.push({ finding, active });
  }
  return findings;
}

/**
 * The paragraph rules' diagnostics per target, remembered per target object: targets are cached per Slate node and
 * Slate keeps unchanged nodes, so after a keystroke only the edited paragraph is checked and converted again.
 * Returns one sorted list per target of the view, in the order of view.targets; while the targets stay in place
 * (a keystroke), the last answer is compared by pointer and copied only where a list changed.
 */
export function createTargetDiagnostics() {
  const cache = new WeakMap<TextTarget, TargetResult>();

  const listOf = (view: DocView, target: TextTarget, rules: readonly ActiveRule[], env: RuleEnv, rulesKey: string): Diagnostic[] => {
    const adopted = view.adoptedIds.size > 0 && view.adoptedIds.has(target.id);
    const key = adopted ? `${rulesKey}|adopted` : rulesKey;
    let hit = cache.get(target);
    if (!hit || hit.key !== key) {
      hit = { key, findings: findingsOf(target, rules, env, adopted), refs: view.refs, diagnostics: [] };
      hit.diagnostics = convert(hit, target.id);
      cache.set(target, hit);
    } else if (hit.refs !== view.refs) {
      hit.refs = view.refs;
      hit.diagnostics = convert(hit, target.id);
    }
    return hit.diagnostics;
  };

  let last: { view: DocView; rulesKey: string; lists: Diagnostic[][] } | null = null;
  return (view: DocView, rules: readonly ActiveRule[], env: RuleEnv, rulesKey: string): Diagnostic[][] => {
    const before = last && last.rulesKey === rulesKey && last.view.refs === view.refs && last.view.adoptedIds === view.adoptedIds &&
      last.view.targets.length === view.targets.length ? last : null;
    // after a keystroke the targets are the last ones with one replaced: only that one is looked at
    const delta = before && deltaFrom(view.targets, before.view.targets);
    if (delta && before) {
      const list = listOf(view, view.targets[delta.index]!, rules, env, rulesKey);
      last = { view, rulesKey, lists: list === before.lists[delta.index] ? before.lists : replaced(before.lists, delta.index, list) };
      return last.lists;
    }
    let lists: Diagnostic[][] | null = before ? null : new Array<Diagnostic[]>(view.targets.length);
    for (let i = 0; i < view.targets.length; i += 1) {
      const target = view.targets[i]!;
      if (before && before.view.targets[i] === target) continue;
      const list = listOf(view, target, rules, env, rulesKey);
      if (lists) {
        lists[i] = list;
      } else if (list !== before!.lists[i]) {
        lists = before!.lists.slice();
        lists[i] = list;
      }
    }
    last = { view, rulesKey, lists: lists ?? before!.lists };
    return last.lists;
  };
}

const convert = (result: TargetResult, id: string): Diagnostic[] =>
  result.findings
    .map(({ finding, active }) => toDiagnostic(result.refs, active, finding, id))
    .sort((a, b) => startOf(a) - startOf(b));
