import { describe, expect, it } from 'vitest';
import { organOf, parseOrgan } from '../../../shared/formatting/organs';
import { activeRules } from '../../../shared/formatting/rule-sets';

describe('organ rule sets', () => {
  it.each([
    ['The General Assembly,', 'ga'],
    ['The Security Council', 'sc'],
    ['*The Economic and Social Council,*', 'ecosoc'],
    ['The Human Rights Council,', 'hrc'],
    ['The Commission on Crime Prevention and Criminal Justice,', 'commission'],
    ['Economic and Social Council', 'ecosoc'],
  ])('%s → %s', (formula, organ) => {
    expect(organOf(formula)).toBe(organ);
  });

  it('parses rule-set names from the command line and settings', () => {
    expect(['ga', 'Security Council', 'security-council', 'ECOSOC', 'hrc', 'ccpcj'].map(parseOrgan)).toEqual(['ga', 'sc', 'sc', 'ecosoc', 'hrc', 'commission']);
    expect(parseOrgan('unknown')).toBeNull();
  });

  it('gives each organ its rules, switched-off rules removed, resolution rules off for reports', () => {
    const ids = (rules: ReturnType<typeof activeRules>) => rules.map((r) => r.rule.id);
    expect(ids(activeRules('sc', [], false))).toContain('sc-remain-seized');
    expect(ids(activeRules('ga', [], false))).not.toContain('sc-remain-seized');
    expect(activeRules('sc', [], false).find((r) => r.rule.id === 'also-further-sequence')?.severity).toBe('info');
    expect(ids(activeRules('ga', ['cap-internet'], false))).not.toContain('cap-internet');
    const report = ids(activeRules('ga', [], true));
    expect(report).toContain('spelling-ize');
    expect(report).not.toContain('pp-terminal-comma');
  });
});
