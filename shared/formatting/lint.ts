import type { Descendant } from 'slate';
import type { IgnoredDiagnostic } from '../model/file-schema';
import { defaultSettings, type DocumentSettings } from '../model/settings';
import { instrumentTable, tableId } from './data/instrument-table';
import type { InstrumentEntry } from './data/instruments';
import type { Diagnostic, Finding } from './diagnostic';
import { flaggedText, ignoredFilter } from './ignore';
import { parseOrgan, type Organ } from './organs';
import type { DocumentRule, ParagraphRule, RuleEnv } from './rule';
import { activeRules, type ActiveRule } from './rule-sets';
import { buildView, type DocView } from './view/doc-view';
import type { TextTarget } from './view/targets';

export interface LintOptions {
  settings?: DocumentSettings;
  /** a rule set chosen on the command line (`--rules sc`); otherwise the setting, then the document's organ */
  organ?: Organ | null;
  /** diagnostics the user ignored (file.ignored) */
  ignored?: readonly IgnoredDiagnostic[];
  /** the shipped treaty table (assets/treaties.json, read by the caller); the local table is always used */
  instruments?: readonly InstrumentEntry[];
}

export type Linter = (value: readonly Descendant[], options?: LintOptions) => Diagnostic[];

type RuleFinding = Finding & { active: ActiveRule };

interface CachedFindings {
  /** organ, document kind and active paragraph rules the findings were made with */
  key: string;
  findings: RuleFinding[];
}

// one object, so that memos keyed on the settings hold between calls that pass none
const DEFAULT_SETTINGS = defaultSettings();

// the active rules change only with the organ, the switched-off rules and the document kind
let lastRuleSet: { organ: Organ; disabled: readonly string[]; report: boolean; active: ActiveRule[]; paragraphRules: ActiveRule[]; key: string } | null = null;
function ruleSetFor(organ: Organ, disabled: readonly string[], report: boolean) {
  if (lastRuleSet && lastRuleSet.organ === organ && lastRuleSet.disabled === disabled && lastRuleSet.report === report) return lastRuleSet;
  const active = activeRules(organ, disabled, report);
  const paragraphRules = active.filter((a) => a.rule.type === 'paragraph');
  const key = paragraphRules.map((a) => `${a.rule.id}:${a.severity}`).join(',');
  lastRuleSet = { organ, disabled, report, active, paragraphRules, key };
  return lastRuleSet;
}

/**
 * A linter that remembers paragraph findings per Slate node: Slate keeps unchanged nodes referentially equal, so
 * after a keystroke only the edited paragraph is checked again; document rules (terminal punctuation, also/further
 * runs, footnotes) run over cached targets every time.
 */
export function createLinter(): Linter {
  const cache = new WeakMap<object, CachedFindings>();

  const paragraphFindings = (target: TextTarget, rules: ActiveRule[], env: RuleEnv, key: string, adopted: boolean): RuleFinding[] => {
    const full = adopted ? `${key}|adopted` : key;
    const hit = cache.get(target.node);
    if (hit && hit.key === full) return hit.findings;
    const findings: RuleFinding[] = [];
    for (const active of rules) {
      const rule = active.rule as ParagraphRule;
      if (!rule.targets.includes(target.kind) || (adopted && rule.scope === 'resolution')) continue;
      for (const f of rule.check(target, env)) findings.push({ ...f, active });
    }
    cache.set(target.node, { key: full, findings });
    return findings;
  };

  const documentMemo = new Map<string, { inputs: readonly unknown[]; findings: (Finding & { paragraphId: string })[] }>();
  const documentFindings = (rule: DocumentRule, view: DocView) => {
    if (!rule.inputs) return rule.check(view);
    const inputs = rule.inputs(view);
    const hit = documentMemo.get(rule.id);
    if (hit && hit.inputs.length === inputs.length && hit.inputs.every((x, i) => x === inputs[i])) return hit.findings;
    const findings = rule.check(view);
    documentMemo.set(rule.id, { inputs, findings });
    return findings;
  };

  return (value, options = {}) => {
    const settings = options.settings ?? DEFAULT_SETTINGS;
    const instruments = instrumentTable(options.instruments);
    const view = buildView(value, settings, options.organ ?? parseOrgan(settings.ruleSet ?? ''), instruments);
    const env: RuleEnv = { organ: view.organ, kind: view.kind, instruments };
    const { active, paragraphRules, key: rulesKey } = ruleSetFor(view.organ, settings.disabledRules, view.kind === 'report');
    const key = `${env.organ}|${env.kind}|${tableId(instruments)}|${rulesKey}`;
    const out: Diagnostic[] = [];
    for (const target of view.targets) {
      const adopted = view.adoptedIds.has(target.id);
      for (const f of paragraphFindings(target, paragraphRules, env, key, adopted)) {
        out.push(toDiagnostic(view, f.active, { ...f, paragraphId: target.id }));
      }
    }
    for (const a of active) {
      if (a.rule.type === 'document') for (const f of documentFindings(a.rule, view)) out.push(toDiagnostic(view, a, f));
    }
    return finish(view, out, options.ignored ?? []);
  };
}

function toDiagnostic(view: DocView, active: ActiveRule, f: Finding & { paragraphId: string }): Diagnostic {
  const d: Diagnostic = {
    rule: active.rule.id,
    severity: f.severity ?? active.severity,
    ref: view.refs.get(f.paragraphId) ?? f.paragraphId,
    paragraphId: f.paragraphId,
    range: f.range,
    message: f.message,
    fix: f.fix ?? null,
  };
  if (f.related && f.related.length > 0) d.related = f.related.map((id) => view.refs.get(id) ?? id);
  return d;
}

/** Drops ignored diagnostics and sorts the rest in document order. */
// document order of targets: changes only with the structure, as view.refs does
let lastOrder: { refs: unknown; order: Map<string, number> } | null = null;
function orderOf(view: DocView): Map<string, number> {
  if (lastOrder && lastOrder.refs === view.refs) return lastOrder.order;
  const order = new Map(view.targets.map((t, i) => [t.id, i]));
  for (const [id, n] of view.footnotes.numbers) if (!order.has(id)) order.set(id, view.targets.length + n);
  lastOrder = { refs: view.refs, order };
  return order;
}

function finish(view: DocView, all: Diagnostic[], ignored: readonly IgnoredDiagnostic[]): Diagnostic[] {
  const isIgnored = ignoredFilter(ignored);
  const order = orderOf(view);
  const last = view.targets.length;
  const kept = ignored.length === 0 ? all : all.filter((d) => !isIgnored(d, flaggedText(view.byId.get(d.paragraphId)?.text ?? '', d)));
  return kept.sort(
    (a, b) =>
      (order.get(a.paragraphId) ?? last) - (order.get(b.paragraphId) ?? last) ||
      (a.range?.start ?? -1) - (b.range?.start ?? -1),
  );
}

/** Lints a whole document (shares its per-node cache with later calls). */
export const lint: Linter = createLinter();
