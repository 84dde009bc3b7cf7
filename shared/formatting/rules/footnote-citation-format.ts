import { fullRuns } from '../../citations/runs';
import type { Finding } from '../diagnostic';
import type { DocumentRule } from '../rule';
import { factInputs, footnoteFacts, type FootnoteFact } from '../view/footnote-facts';

/** Compared without dash, space and symbol-position differences: "(A/CONF.202/3), annex I." = "annex I (A/CONF.202/3)." */
const normal = (s: string): string =>
  s
    .replace(/[–‑-]/g, '-')
    .replace(/\s*\([A-Z][^()]*\/[^()]*\)/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/ ,/g, ',')
    .trim();
const symbols = (s: string): string[] => [...s.matchAll(/\(([A-Z][^()]*\/[^()]*)\)/g)].map((m) => m[1]!).sort();
const SYMBOL = /\b[A-Z]{1,2}(?:\.\d+)?\/[\w.-]+\/[\w./-]+/;

function check(fact: FootnoteFact): (Finding & { paragraphId: string }) | null {
  if (!fact.importedRuns || !fact.importedPlain || fact.citation.kind === 'text') return null;
  const full = fullRuns(fact.citation).map((r) => r.text).join('');
  const differs = normal(fact.importedPlain) !== normal(full) || symbols(fact.importedPlain).join() !== symbols(full).join();
  if (!fact.importedIbid && differs) {
    return {
      paragraphId: fact.id,
      range: null,
      message: `Footnote ${fact.number} is not in UN citation form; Penholder prints “${fact.text}”.`,
      fix: { replacement: fact.text },
    };
  }
  if (fact.importedItalics && fact.importedRuns.some((r) => r.italic && SYMBOL.test(r.text))) {
    return {
      paragraphId: fact.id,
      range: null,
      severity: 'info',
      message: `Footnote ${fact.number} italicizes a document symbol; symbols in citations are roman.`,
      fix: { replacement: fact.text },
    };
  }
  return null;
}

export const footnoteCitationFormat: DocumentRule = {
  type: 'document',
  id: 'footnote-citation-format',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'Treaty Series, European Treaty Series, Official Records and symbol citations in UN form.',
  inputs: factInputs,
  check: (view) =>
    footnoteFacts(view).flatMap((fact) => {
      const found = check(fact);
      return found ? [found] : [];
    }),
};
