import type { TextRun } from '../../../shared/citations/citation';

/** Footnote text with its italics (*Treaty Series*, *Ibid.*, titles). */
export function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) => (run.italic ? <em key={i}>{run.text}</em> : <span key={i}>{run.text}</span>))}
    </>
  );
}
