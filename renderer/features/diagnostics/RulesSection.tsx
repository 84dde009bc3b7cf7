import { ORGANS, organNames, parseOrgan } from '../../../shared/formatting/organs';
import { ruleCatalogue } from '../../../shared/formatting/rule-sets';
import { useAppStore } from '../../state/store';
import { setRuleEnabled } from './fix-actions';

const catalogue = ruleCatalogue();

/** The rule set (organ) and a switch per rule: rules are data, so a delegate can turn any of them off. */
export function RulesSection() {
  const settings = useAppStore((s) => s.meta.settings);
  const setMeta = useAppStore((s) => s.setMeta);
  const off = new Set(settings.disabledRules);
  const organ = parseOrgan(settings.ruleSet ?? '');
  const rules = catalogue.filter((r) => r.organs === 'all' || !organ || r.organs.includes(organ));
  return (
    <details className="rules">
      <summary>Rules</summary>
      <label>
        Rule set{' '}
        <select
          aria-label="Rule set"
          value={organ ?? ''}
          onChange={(e) => setMeta({ settings: { ...settings, ruleSet: e.target.value || null } })}
        >
          <option value="">From the adopting body</option>
          {ORGANS.map((o) => (
            <option key={o} value={o}>
              {organNames[o]}
            </option>
          ))}
        </select>
      </label>
      {rules.map((rule) => (
        <label key={rule.id} title={rule.description}>
          <input type="checkbox" checked={!off.has(rule.id)} onChange={(e) => setRuleEnabled(rule.id, e.target.checked)} /> {rule.id}{' '}
          <span className="rule">({rule.severity})</span>
        </label>
      ))}
    </details>
  );
}
