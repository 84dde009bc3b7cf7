import type { Finding } from '../diagnostic';
import type { DocumentRule } from '../rule';
import { lastVisible } from '../text/ending';
import type { TextTarget } from '../view/targets';

type Found = Finding & { paragraphId: string };

/** The formula ends with a comma iff a preamble follows (un-format.md §1.5); "comma, no preamble" is only info. */
function check(formula: TextTarget, hasPreamble: boolean): Found | null {
  const last = lastVisible(formula.text);
  if (!last) return null;
  const range = { start: last.index, end: last.index + 1 };
  const comma = last.char === ',';
  if (hasPreamble && !comma) {
    const mark = /[;:.]/.test(last.char);
    return {
      paragraphId: formula.id,
      range: mark ? range : { start: range.end, end: range.end },
      message: `“${formula.text.trim()}” is followed by a preamble, so it ends with a comma.`,
      fix: { replacement: ',' },
    };
  }
  if (!hasPreamble && comma) {
    return {
      paragraphId: formula.id,
      range,
      severity: 'info',
      message: 'With no preamble, the adopting body has no comma and the sole operative clause follows.',
      fix: { replacement: '' },
    };
  }
  return null;
}

// per formula target: typing in a paragraph keeps the finding object, and so the linter its diagnostic
const perFormula = new WeakMap<TextTarget, { hasPreamble: boolean; found: Found | null }>();
function findingOf(formula: TextTarget, hasPreamble: boolean): Found | null {
  const hit = perFormula.get(formula);
  if (hit && hit.hasPreamble === hasPreamble) return hit.found;
  const found = check(formula, hasPreamble);
  perFormula.set(formula, { hasPreamble, found });
  return found;
}

export const adoptingBodyComma: DocumentRule = {
  type: 'document',
  id: 'adopting-body-comma',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'The adopting-body line ends with a comma if and only if a preamble follows.',
  check: (view) => view.bodies.flatMap((body) => {
    const found = body.formula ? findingOf(body.formula, body.paragraphs.some((p) => p.kind === 'pp')) : null;
    return found ? [found] : [];
  }),
};
