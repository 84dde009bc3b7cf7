import type { TextChange } from '../../../shared/revisions/word-diff';

/** A word diff as text: deletions struck through, insertions underlined. */
export function DiffText({ changes }: { changes: readonly TextChange[] }) {
  return (
    <p className="diff-text">
      {changes.map((c, i) =>
        c.op === 'equal' ? (
          <span key={i}>{c.text}</span>
        ) : c.op === 'delete' ? (
          <del key={i} className="diff-del">
            {c.text}
          </del>
        ) : (
          <ins key={i} className="diff-ins">
            {c.text}
          </ins>
        ),
      )}
    </p>
  );
}
