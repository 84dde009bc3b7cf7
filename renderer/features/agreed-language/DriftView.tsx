import { wordDiff } from '../../../shared/agreed-language/drift';

/** The word diff from the agreed source to the current text: removed words struck, added ones underlined. */
export function DriftView({ source, current }: { source: string; current: string }) {
  return (
    <span className="agreed-drift" role="note" aria-label="Changes from the agreed text">
      {wordDiff(source, current).map((c, i) =>
        c.op === 'equal' ? (
          <span key={i}>{c.text}</span>
        ) : c.op === 'delete' ? (
          <del key={i}>{c.text}</del>
        ) : (
          <ins key={i}>{c.text}</ins>
        ),
      )}
    </span>
  );
}
