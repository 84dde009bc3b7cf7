import type { Severity } from './diagnostic';
import type { Organ } from './organs';
import type { Rule, RuleMeta } from './rule';
import { allRules } from './rules/index';

/** Per-organ departures from a rule's default severity: practice the organ follows differently. */
const SEVERITY_OVERRIDES: Partial<Record<Organ, Record<string, Severity>>> = {
  // the Council's texts are edited in-house after adoption; drafts often omit "also"/"further" on purpose
  sc: { 'also-further-sequence': 'info' },
};

/** The rules (data only) with the severity a rule set gives them. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

export const ruleCatalogue = (): RuleMeta[] =>
  allRules.map(({ id, severity, organs, scope, description }) => ({ id, severity, organs, scope, description }));

/** The rules a document is checked with: the organ's set, minus the rules the user switched off. */
export function activeRules(organ: Organ, disabled: readonly string[], report: boolean): ActiveRule[] {
  const off = new Set(disabled);
  const overrides = SEVERITY_OVERRIDES[organ] ?? {};
  return allRules
    .filter((r) => (r.organs === 'all' || r.organs.includes(organ)) && !off.has(r.id) && !(report && r.scope === 'resolution'))
    .map((rule) => ({ rule, severity: overrides[rule.id] ?? rule.severity }));
}
