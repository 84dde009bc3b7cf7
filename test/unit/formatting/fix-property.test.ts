import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixAll, fixValue } from '../../../shared/formatting/apply-fixes';
import type { Diagnostic, TextEdit } from '../../../shared/formatting/diagnostic';
import { compatibleFixes } from '../../../shared/formatting/fix/fix-ops';
import { lint } from '../../../shared/formatting/lint';
import { buildView } from '../../../shared/formatting/view/doc-view';
import { renderedFootnotes } from '../../../shared/footnotes/rendered';
import { importShared, SEEDS, shippedInstruments } from './seed-docs';

/** The text a set of edits should produce: the old text with each range replaced, nothing else touched. */
function splice(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.replacement + out.slice(e.range.end);
  return out;
}

describe.each(SEEDS)('quick fixes on seed %s', (name) => {
  const file = importShared(`seeds/${name}`);
  const options = { settings: file.settings, instruments: shippedInstruments };
  const diagnostics = lint(file.body, options).filter((d) => d.fix);
  const before = buildView(file.body, file.settings, null);

  it('never change text outside the fixed ranges (any subset of fixes)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: diagnostics.length, maxLength: diagnostics.length }), (picks) => {
        const chosen: Diagnostic[] = diagnostics.filter((_, i) => picks[i]);
        const edits = compatibleFixes(chosen).flatMap((ops) => ops.edits);
        const after = fixValue(file.body, chosen);
        const view = buildView(after, file.settings, null);
        const derived = new Map(renderedFootnotes(after, file.settings).map((f) => [f.id, f.text]));
        for (const target of before.targets) {
          const want = splice(target.text, edits.filter((e) => e.paragraphId === target.id));
          expect(view.byId.get(target.id)?.text ?? derived.get(target.id)).toBe(want);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('fix-all twice equals fix-all once', () => {
    const once = fixAll(file.body, lint, options);
    const twice = fixAll(once, lint, options);
    expect(twice).toEqual(once);
    expect(lint(once, options).filter((d) => d.fix)).toEqual([]);
  });
});
