import type { Descendant } from 'slate';
import type { IgnoredDiagnostic } from '../model/file-schema';
import { defaultSettings, type DocumentSettings } from '../model/settings';
import { instrumentTable, tableId } from './data/instrument-table';
import type { InstrumentEntry } from './data/instruments';
import type { Diagnostic } from './diagnostic';
import { flaggedText, ignoredFilter } from './ignore';
import { compareIn, mergeInOrder, orderOf, type Order } from './linter/diagnostic-order';
import { createDocumentDiagnostics } from './linter/document-diagnostics';
import { createTargetDiagnostics } from './linter/target-diagnostics';
import { parseOrgan, type Organ } from './organs';
import type { RuleEnv } from './rule';
import { activeRules, type ActiveRule } from './rule-sets';
import { createViewBuilder } from './view/view-builder';

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

// one object, so that memos keyed on the settings hold between calls that pass none
const DEFAULT_SETTINGS = defaultSettings();

interface RuleSet {
  organ: Organ;
  disabled: readonly string[];
  report: boolean;
  paragraphRules: ActiveRule[];
  documentRules: ActiveRule[];
  key: string;
}

// the active rules change only with the organ, the switched-off rules and the document kind
let lastRuleSet: RuleSet | null = null;
function ruleSetFor(organ: Organ, disabled: readonly string[], report: boolean): RuleSet {
  if (lastRuleSet && lastRuleSet.organ === organ && lastRuleSet.disabled === disabled && lastRuleSet.report === report) return lastRuleSet;
  const active = activeRules(organ, disabled, report);
  const paragraphRules = active.filter((a) => a.rule.type === 'paragraph');
  const documentRules = active.filter((a) => a.rule.type === 'document');
  const key = paragraphRules.map((a) => `${a.rule.id}:${a.severity}`).join(',');
  lastRuleSet = { organ, disabled, report, paragraphRules, documentRules, key };
  return lastRuleSet;
}

// what paragraph findings are made with (rules, organ, kind, instrument table): one string while they stay the same,
// so that comparing it per target is comparing a pointer
let lastKey: { rules: RuleSet; kind: string; instruments: readonly InstrumentEntry[]; key: string } | null = null;
function keyOf(rules: RuleSet, env: RuleEnv): string {
  if (lastKey && lastKey.rules === rules && lastKey.kind === env.kind && lastKey.instruments === env.instruments) return lastKey.key;
  const key = `${env.organ}|${env.kind}|${tableId(env.instruments)}|${rules.key}`;
  lastKey = { rules, kind: env.kind, instruments: env.instruments, key };
  return key;
}

/**
 * A linter that remembers its work between calls. Slate keeps unchanged nodes referentially equal, so after a
 * keystroke the view is patched rather than rebuilt, only the edited paragraph is checked again, document rules
 * (terminal punctuation, also/further runs, footnotes) reuse their per-paragraph results, and only new findings
 * become new Diagnostic objects: the work is proportional to the edit, not to the document.
 */
export function createLinter(): Linter {
  const viewOf = createViewBuilder();
  const targetDiagnostics = createTargetDiagnostics();
  const documentDiagnostics = createDocumentDiagnostics();
  // the document rules' diagnostics in document order, kept while no rule changed its diagnostics
  let lastSorted: { order: Order; sorted: Diagnostic[] } | null = null;

  return (value, options = {}) => {
    const settings = options.settings ?? DEFAULT_SETTINGS;
    const instruments = instrumentTable(options.instruments);
    const view = viewOf(value, settings, options.organ ?? parseOrgan(settings.ruleSet ?? ''), instruments);
    const env: RuleEnv = { organ: view.organ, kind: view.kind, instruments };
    const rules = ruleSetFor(view.organ, settings.disabledRules, view.kind === 'report');
    const key = keyOf(rules, env);
    const perTarget = targetDiagnostics(view, rules.paragraphRules, env, key);
    const order = orderOf(view);
    const document = documentDiagnostics(view, rules.documentRules);
    if (document.changed || !lastSorted || lastSorted.order !== order) {
      lastSorted = { order, sorted: document.diagnostics.flat().sort(compareIn(order, view.targets.length)) };
    }
    const all =
      mergeInOrder(perTarget, view.targets, lastSorted.sorted, order) ??
      [...perTarget.flat(), ...document.diagnostics.flat()].sort(compareIn(order, view.targets.length));
    const ignored = options.ignored ?? [];
    if (ignored.length === 0) return all;
    const isIgnored = ignoredFilter(ignored);
    return all.filter((d) => !isIgnored(d, flaggedText(view.byId.get(d.paragraphId)?.text ?? '', d)));
  };
}

/** Lints a whole document (shares its per-node cache with later calls). */
export const lint: Linter = createLinter();
