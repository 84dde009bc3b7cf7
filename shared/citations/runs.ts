import type { Citation } from './citation';

/** A piece of rendered footnote text. */
export interface Run {
  text: string;
  italic?: true;
}

/**
 * The printed runs of a citation, given the citation of the footnote numbered just before it (for Ibid.).
 * Provisional: full forms only; the Ibid. engine replaces the decision.
 */
export function citationRuns(citation: Citation, _previous: Citation | null, _ibidStyle: 'italic' | 'roman'): Run[] {
  switch (citation.kind) {
    case 'text':
      return citation.runs.map((r) => (r.italic ? { text: r.text, italic: true } : { text: r.text }));
    case 'unts':
      return [
        { text: 'United Nations, ' },
        { text: 'Treaty Series', italic: true },
        { text: `, ${citation.vols.length > 1 ? 'vols.' : 'vol.'} ${citation.vols.join(', ')}, ${citation.nos.length > 1 ? 'Nos.' : 'No.'} ${citation.nos.join(', ')}.` },
      ];
    default:
      return [{ text: JSON.stringify(citation) }];
  }
}
