import type { ReactNode } from 'react';
import { matchRanges } from '../../../shared/agreed-language/match-ranges';
import { CORPUS_NOTICE, type ScoredPassage } from '../../../shared/agreed-language/passage';
import { adoptedIn, provenanceLabel } from '../../../shared/agreed-language/provenance';

/** The result's text with the typed words marked. */
function Marked({ text, query }: { text: string; query: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, query)) {
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Where a passage comes from: ref as the delegate reads it, organ and year, the title; UN attribution. */
export function Provenance({ passage }: { passage: ScoredPassage }) {
  return (
    <div className="agreed-result-head">
      <strong className="agreed-provenance">{provenanceLabel(passage)}</strong>{' '}
      <span className="agreed-meta">{passage.draft ? 'draft' : adoptedIn(passage)}</span>
      <div className="agreed-title">{passage.title}</div>
      {passage.draft ? null : <div className="agreed-notice">{CORPUS_NOTICE}</div>}
    </div>
  );
}

/** One search result: provenance, the text with matching words, and its action (Insert, Use this text). */
export function ResultCard({ passage, query, action, children }: { passage: ScoredPassage; query: string; action: ReactNode; children?: ReactNode }) {
  return (
    <li className="agreed-result" data-ref={passage.ref}>
      <Provenance passage={passage} />
      <p className="agreed-text">{query ? <Marked text={passage.text} query={query} /> : passage.text}</p>
      {children}
      <div className="agreed-actions">{action}</div>
    </li>
  );
}
