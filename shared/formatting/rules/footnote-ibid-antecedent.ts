import type { Finding } from '../diagnostic';
import type { DocumentRule } from '../rule';
import { factInputs, footnoteFacts, type FootnoteFact } from '../view/footnote-facts';

/** "Ibid., vol. 2225, No. 39574." with no Treaty Series note before it: the full form it stands for. */
function treatySeriesForm(plain: string): string | null {
  const m = /^(?:See\s+)?Ibid\.?,\s*(vols?\.\s*[\d, and]+,\s*Nos?\.\s*[\d–-]+\.?)$/i.exec(plain.trim());
  return m ? `United Nations, Treaty Series, ${m[1]!.replace(/\.?$/, '.')}` : null;
}

/** Free text that reads like a citation Penholder could not parse (its Ibid. may be right), not an explanatory note. */
const CITATION_LIKE = /\b(resolution|decision|document|annex|vol\.|No\.|Records|Report|chap\.|sect\.|para\.|Series|Ibid|See)\b|[A-Z]+\/[\w./-]+/;

function check(fact: FootnoteFact, previous: FootnoteFact | undefined): (Finding & { paragraphId: string }) | null {
  if (!fact.importedIbid) return null;
  const resolved = fact.citation.kind !== 'text';
  if (resolved && fact.form !== 'full') return null;
  if (previous?.citation.kind === 'text' && CITATION_LIKE.test(previous.text)) return null;
  const why = previous
    ? `footnote ${previous.number} does not cite the same work`
    : 'it is the first footnote';
  const base = { paragraphId: fact.id, message: `Footnote ${fact.number} says “Ibid.” but ${why}.` };
  if (resolved) {
    return { ...base, range: null, message: `${base.message} Penholder prints “${fact.text}”.`, fix: { replacement: fact.text } };
  }
  const full = treatySeriesForm(fact.importedPlain ?? '');
  const text = fact.citation.kind === 'text' ? fact.citation.runs.map((r) => r.text).join('') : '';
  return {
    ...base,
    range: { start: 0, end: text.length },
    fix: full ? { replacement: full } : null,
  };
}

export const footnoteIbidAntecedent: DocumentRule = {
  type: 'document',
  id: 'footnote-ibid-antecedent',
  severity: 'error',
  organs: 'all',
  scope: 'text',
  description: '“Ibid.” only when the footnote numbered just before cites the same work.',
  inputs: factInputs,
  check: (view) => {
    const facts = footnoteFacts(view);
    return facts.flatMap((fact, i) => {
      const found = check(fact, facts[i - 1]);
      return found ? [found] : [];
    });
  },
};
