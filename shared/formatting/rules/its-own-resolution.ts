import type { Finding } from '../diagnostic';
import { organNames } from '../organs';
import type { DocumentRule } from '../rule';
import { bodyMemo } from '../view/body-memo';
import type { BodyView } from '../view/doc-view';

const patterns = new Map<string, RegExp>();
const patternFor = (formula: string): RegExp =>
  patterns.get(formula) ?? patterns.set(formula, new RegExp(`^(\\s+(?:also\\s+)?)(${formula}) (resolutions? \\d)`)).get(formula)!;

type Found = Finding & { paragraphId: string };
const memo = bodyMemo<Found[]>('its-own');
const perTarget = new WeakMap<object, { formula: string; match: RegExpExecArray | null }>();

function matchOf(p: BodyView['paragraphs'][number], formula: string): RegExpExecArray | null {
  const hit = perTarget.get(p);
  if (hit && hit.formula === formula) return hit.match;
  const match = p.opener && p.text.includes(formula) ? patternFor(formula).exec(p.text.slice(p.opener.length)) : null;
  perTarget.set(p, { formula, match });
  return match;
}

function check(body: BodyView, formula: string): Found[] {
  const out: Found[] = [];
  for (const p of body.paragraphs) {
    const m = matchOf(p, formula);
    if (!p.opener || !m) continue;
    const start = p.opener.length + m[1]!.length;
    out.push({
      paragraphId: p.id,
      range: { start, end: start + m[2]!.length },
      message: `The ${formula} cites its own resolutions as “its ${m[3]!.replace(/ \d$/, '')} …”.`,
      fix: { replacement: 'its' },
    });
  }
  return out;
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
  check: (view) =>
    view.bodies.flatMap((body) => {
      const formula = body.formula?.text.replace(/^\W*The\s+/i, '').replace(/[,\s]+$/, '') ?? '';
      if (!formula || !Object.values(organNames).includes(formula)) return [];
      return memo(body, formula, () => check(body, formula));
    }),
};
