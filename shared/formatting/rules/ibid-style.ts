import type { DocumentRule } from '../rule';
import { factInputs, footnoteFacts } from '../view/footnote-facts';

export const ibidStyle: DocumentRule = {
  type: 'document',
  id: 'ibid-style',
  severity: 'info',
  organs: 'all',
  scope: 'text',
  description: '“Ibid.” italic or roman as the document setting says.',
  inputs: factInputs,
  check: (view) =>
    footnoteFacts(view).flatMap((fact) => {
      if (!fact.importedIbid || !fact.importedRuns || !fact.importedItalics) return [];
      const italic = fact.importedRuns.some((r) => r.italic && /ibid/i.test(r.text));
      const want = view.settings.ibidStyle === 'italic';
      if (italic === want) return [];
      const regenerate = fact.citation.kind !== 'text' && fact.form !== 'full';
      return [
        {
          paragraphId: fact.id,
          range: null,
          message: `Footnote ${fact.number} prints “Ibid.” ${italic ? 'italic' : 'roman'}; the document setting is ${view.settings.ibidStyle}.`,
          fix: regenerate ? { replacement: fact.text } : null,
        },
      ];
    }),
};
