import fc from 'fast-check';
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { ignoreEntry } from '../../../shared/formatting/ignore';
import { createLinter, lint } from '../../../shared/formatting/lint';
import { ruleCatalogue } from '../../../shared/formatting/rule-sets';
import { createHeadlessEditor } from '../../../shared/model/headless';
import { defaultSettings } from '../../../shared/model/settings';
import { doc, op, pp } from '../../support/nodes';
import { applyEdit, randomEdit, spoil } from './random-edits';
import { importShared, shippedInstruments } from './seed-docs';

describe('lint', () => {
  it('lists the whole catalogue as data, each rule with a severity and a description', () => {
    const catalogue = ruleCatalogue();
    expect(new Set(catalogue.map((r) => r.id)).size).toBe(catalogue.length);
    for (const id of ['pp-terminal-comma', 'also-further-sequence', 'spelling-ize', 'instrument-name', 'footnote-ibid-antecedent', 'un-abbreviation', 'double-space', 'dash-spacing']) {
      expect(catalogue.find((r) => r.id === id)?.description.length).toBeGreaterThan(10);
    }
  });

  it('re-lints incrementally with the same result as a fresh lint after every keystroke', () => {
    const file = importShared('seeds/001_48a48206d42da546.txt');
    const editor = createHeadlessEditor(structuredClone(file.body));
    Editor.normalize(editor, { force: true });
    const incremental = createLinter();
    incremental(editor.children, { settings: file.settings });
    const edits: [number, string][] = [[10, 'internet '], [12, ';'], [20, '  '], [15, 'Emphasising ']];
    for (const [index, text] of edits) {
      Transforms.insertText(editor, text, { at: Editor.start(editor, [index]) });
      expect(incremental(editor.children, { settings: file.settings })).toEqual(createLinter()(structuredClone(editor.children), { settings: file.settings }));
    }
  });

  // seeds with sub-paragraphs and footnotes (000) and with an embedded resolution (003)
  it.each(['000_927ae4f0917091cd.txt', '003_3168e06af5b9614a.txt'])('re-lints %s incrementally as a fresh lint would, after random edits', (name) => {
    const file = importShared(`seeds/${name}`);
    const options = { settings: file.settings, instruments: shippedInstruments };
    fc.assert(
      fc.property(fc.boolean(), fc.array(randomEdit, { minLength: 1, maxLength: 12 }), (spoiled, edits) => {
        const editor = createHeadlessEditor(structuredClone(file.body));
        Editor.normalize(editor, { force: true });
        if (spoiled) spoil(editor);
        const incremental = createLinter();
        incremental(editor.children, options);
        for (const edit of edits) {
          applyEdit(editor, edit);
          expect(incremental(editor.children, options)).toEqual(createLinter()(structuredClone(editor.children), options));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('filters ignored diagnostics by rule, paragraph and flagged text', () => {
    const value = doc(pp('p1', 'Recalling', ' access to the internet and the internet;'), op('o1', 'Urges', ' States.'));
    const all = lint(value);
    const first = all.find((d) => d.rule === 'cap-internet')!;
    const ignored = [ignoreEntry(first, ' access to the internet and the internet;'.replace(/^/, 'Recalling'))];
    expect(ignored[0]).toEqual({ rule: 'cap-internet', target: 'p1', text: 'internet' });
    const kept = lint(value, { ignored });
    // both "internet"s flag the same text in the same paragraph: ignoring one ignores that word there
    expect(kept.filter((d) => d.rule === 'cap-internet')).toEqual([]);
    expect(kept.filter((d) => d.rule === 'pp-terminal-comma')).toHaveLength(1);
  });

  it('switches rules off per document', () => {
    const value = doc(pp('p1', 'Recalling', ' the internet;'), op('o1', 'Urges', ' States.'));
    const settings = { ...defaultSettings(), disabledRules: ['pp-terminal-comma'] };
    expect(lint(value, { settings }).map((d) => d.rule)).toEqual(['cap-internet']);
  });

  it('chooses the organ rule set from the option, the setting, then the adopting body', () => {
    const value = doc(pp('p1', 'Determining', ' that the situation is a threat,'), op('o1', 'Urges', ' States.'));
    expect(lint(value).find((d) => d.rule === 'opener-unknown')?.severity).toBe('info');
    expect(lint(value, { organ: 'sc' }).find((d) => d.rule === 'opener-unknown')).toBeUndefined();
    expect(lint(value, { settings: { ...defaultSettings(), ruleSet: 'sc' } }).find((d) => d.rule === 'sc-remain-seized')).toBeDefined();
  });

  it('applies no resolution rule to a report (002) but still checks its text', () => {
    const file = importShared('seeds/002_0a645c592a7b96ee.txt');
    const rules = new Set(lint(file.body, { settings: file.settings }).map((d) => d.rule));
    expect(rules.has('country-name')).toBe(true);
    for (const r of ['pp-terminal-comma', 'op-terminal-semicolon', 'also-further-sequence', 'opener-unknown']) expect(rules.has(r)).toBe(false);
  });
});
