import type { Finding } from '../diagnostic';
import { organNames } from '../organs';
import type { DocumentRule } from '../rule';
import { linterMemory } from '../view/linter-memory';
import { concatMemo, listMemo, type ListMemo } from '../view/list-memo';
import type { TextTarget } from '../view/targets';

const patterns = new Map<string, RegExp>();
const patternFor = (formula: string): RegExp =>
  patterns.get(formula) ?? patterns.set(formula, new RegExp(`^(\\s+(?:also\\s+)?)(${formula}) (resolutions? \\d)`)).get(formula)!;

type Found = Finding & { paragraphId: string };

function check(p: TextTarget, formula: string): Found | null {
  const m = p.opener && p.text.includes(formula) ? patternFor(formula).exec(p.text.slice(p.opener.length)) : null;
  if (!p.opener || !m) return null;
  const start = p.opener.length + m[1]!.length;
  return {
    paragraphId: p.id,
    range: { start, end: start + m[2]!.length },
    message: `The ${formula} cites its own resolutions as “its ${m[3]!.replace(/ \d$/, '')} …”.`,
    fix: { replacement: 'its' },
  };
}

// per body and formula: each paragraph's finding, kept while its target is (unchanged paragraphs keep theirs)
const memory = linterMemory(() => ({ perBody: new Map<string, ListMemo<TextTarget, Found | null>>(), concat: concatMemo<Found>() }));
function perParagraph(perBody: Map<string, ListMemo<TextTarget, Found | null>>, key: string, formula: string): ListMemo<TextTarget, Found | null> {
  let memo = perBody.get(key);
  if (!memo) perBody.set(key, (memo = listMemo((p) => check(p, formula))));
  return memo;
}

/** The organ an adopting-body line names ("The General Assembly," → "General Assembly"), or null; per target. */
const formulas = new WeakMap<TextTarget, string | null>();
function organFormula(target: TextTarget): string | null {
  if (formulas.has(target)) return formulas.get(target)!;
  const formula = target.text.replace(/^\W*The\s+/i, '').replace(/[,\s]+$/, '');
  const organ = formula && Object.values(organNames).includes(formula) ? formula : null;
  formulas.set(target, organ);
  return organ;
}

/**
 * "Recalling General Assembly resolution 74/174" in a General Assembly text → "Recalling its resolution 74/174"
 * (un-format.md §4.1). Only right after the opener: a phrase naming two bodies keeps both names (003 PP4).
 */
export const itsOwnResolution: DocumentRule = {
  type: 'document',
  id: 'its-own-resolution',
  severity: 'info',
  organs: ['ga', 'sc', 'ecosoc', 'hrc'],
  scope: 'resolution',
  description: 'A resolution cites the adopting body’s own resolutions as “its resolution …”.',
  check: (view) => {
    const { perBody, concat } = memory(view);
    return concat(
      view.bodies.flatMap((body) => {
        const formula = body.formula ? organFormula(body.formula) : null;
        if (!formula) return [];
        const key = `${body.id ?? ''}\u0000${formula}`;
        return [{ key, memo: perParagraph(perBody, key, formula)(body.paragraphs) }];
      }),
    );
  },
};
