import type { Descendant } from 'slate';
import type { Diagnostic } from '../../../shared/formatting/diagnostic';
import { createLinter, type LintOptions } from '../../../shared/formatting/lint';
import type { ParagraphRule } from '../../../shared/formatting/rule';
import { allRules } from '../../../shared/formatting/rules/index';
import { buildView } from '../../../shared/formatting/view/doc-view';
import { makeOperative, makePreambular, makePlain } from '../../../shared/model/factories';
import { defaultSettings } from '../../../shared/model/settings';
import { doc } from '../../support/nodes';

/** Test helper: run one paragraph rule on one paragraph of text, as the linter would. */
export function runParagraphRule(id: string, text: string, kind: 'pp' | 'op' | 'plain' = 'plain') {
  const rule = allRules.find((r) => r.id === id) as ParagraphRule;
  const node = kind === 'pp' ? makePreambular(text, 'p') : kind === 'op' ? makeOperative(text, 0, 'p') : makePlain(text, 'p');
  const view = buildView(doc(node), defaultSettings(), null);
  const target = view.byId.get('p')!;
  return rule.check(target, { organ: view.organ, kind: view.kind, instruments: view.instruments }).map((f) => ({
    text: f.range ? text.slice(f.range.start, f.range.end) : null,
    replacement: f.fix?.replacement ?? null,
    severity: f.severity,
  }));
}

/** Lints a whole value with only the named rules switched on. */
export function lintWith(value: Descendant[], rules: string[], options: LintOptions = {}): Diagnostic[] {
  const settings = { ...defaultSettings(), ...options.settings, disabledRules: allRules.map((r) => r.id).filter((id) => !rules.includes(id)) };
  return createLinter()(value, { ...options, settings });
}
