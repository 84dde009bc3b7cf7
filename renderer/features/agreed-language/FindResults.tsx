import { useSlateStatic } from 'slate-react';
import { DriftView } from './DriftView';
import { ResultCard } from './ResultCard';
import { replaceWithPassage } from './accept';
import { usePanelStore } from './panel-store';

/** "Find agreed language for this paragraph": the closest adopted paragraphs, each with what differs. */
export function FindResults() {
  const editor = useSlateStatic();
  const find = usePanelStore((s) => s.find);
  if (!find) return null;
  return (
    <section className="agreed-find" aria-label="Closest agreed language">
      <h3>Closest agreed language for {find.ref || 'this paragraph'}</h3>
      {find.status === 'searching' ? <p className="muted">Searching…</p> : null}
      {find.status === 'error' ? <p className="error">{find.error}</p> : null}
      {find.status === 'done' && find.results.length === 0 ? <p className="muted">No adopted paragraph is close to this one.</p> : null}
      <ol className="agreed-results">
        {find.results.map((r) => (
          <ResultCard
            key={r.ref}
            passage={r}
            query=""
            action={
              <button type="button" onClick={() => replaceWithPassage(editor, find.paragraphId, r)}>
                Use this text
              </button>
            }
          >
            <p className="agreed-differs">
              <span className="muted">What differs (agreed → this paragraph): </span>
              <DriftView source={r.text} current={find.text} />
            </p>
          </ResultCard>
        ))}
      </ol>
    </section>
  );
}
