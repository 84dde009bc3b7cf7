/**
 * Phrases that may open a parenthetical right after a preposition or conjunction and its comma (un-format.md §4.5):
 * "through, where appropriate, mutual legal assistance". Matched at the start of what follows the comma, lower case.
 */
export const PARENTHETICALS = [
  'where appropriate', 'when appropriate', 'as appropriate', 'inter alia', 'among others', 'upon request', 'on request',
  'in particular', 'in accordance with', 'consistent with', 'in this regard', 'in that regard', 'in line with',
  'as necessary', 'where necessary', 'if necessary', 'where possible', 'when possible', 'as applicable',
  'where applicable', 'if applicable', 'if any', 'but not limited to', 'including', 'notably', 'particularly',
  'especially', 'for example', 'for instance', 'e.g.', 'i.e.', 'in cooperation with', 'in collaboration with',
  'in consultation with', 'in coordination with', 'in conformity with', 'within their respective mandates',
  'within existing resources', 'subject to', 'as a matter of priority', 'at the request of', 'at their request',
  'upon their request', 'in a timely manner', 'where relevant', 'as relevant', 'in some cases', 'as the case may be',
  'in addition', 'moreover', 'furthermore', 'respectively', 'mutatis mutandis', 'where feasible', 'as feasible',
  'to the extent possible', 'as far as possible', 'among other things', 'as soon as possible', 'where needed',
  'as needed', 'at all levels', 'at the national level', 'in the context of', 'on a voluntary basis', 'as well as',
  'and', 'or', 'but',
];

/** A word that commonly starts a parenthetical closed by another comma a few words later. */
export const PARENTHETICAL_STARTERS = new Set([
  'where', 'when', 'as', 'if', 'in', 'at', 'upon', 'within', 'including', 'inter', 'under', 'on', 'with', 'without',
  'through', 'by', 'for', 'during', 'after', 'before', 'whenever', 'wherever', 'whether', 'consistent', 'subject',
  'taking', 'bearing', 'while', 'whilst', 'also', 'among', 'according', 'pursuant', 'notwithstanding', 'until',
  'unless', 'once', 'thereafter', 'accordingly', 'where', 'upon', 'especially', 'particularly', 'inter',
]);
