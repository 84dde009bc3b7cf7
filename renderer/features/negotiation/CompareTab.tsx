import { useMemo } from 'react';
import type { Descendant } from 'slate';
import { useSlateSelector } from 'slate-react';
import { compareValues } from '../../../shared/revisions/compare';
import { useAppStore } from '../../state/store';
import { DiffText } from './DiffText';
import { CURRENT, useNegotiationView } from './store';

/** Compare any two revisions (or one with the current text): old → new numbers, then word changes per paragraph. */
export function CompareTab() {
  const revisions = useAppStore((s) => s.meta.revisions);
  const current = useSlateSelector((e) => e.children);
  const { compareA, compareB, setCompare } = useNegotiationView();
  const options = [...revisions.map((r) => ({ id: r.id, label: r.label })), { id: CURRENT, label: 'Current text' }];
  const a = compareA || revisions[revisions.length - 1]?.id || CURRENT;
  const bodyOf = (id: string): Descendant[] | null => (id === CURRENT ? current : (revisions.find((r) => r.id === id)?.body ?? null));
  const x = bodyOf(a);
  const y = bodyOf(compareB);
  const comparison = useMemo(() => (x && y ? compareValues(x, y) : null), [x, y]);
  const select = (name: string, value: string, onChange: (v: string) => void) => (
    <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
  return (
    <div className="negotiation-compare">
      <div className="neg-form">
        <label>Old {select('compareA', a, (v) => setCompare(v, compareB))}</label>
        <label>New {select('compareB', compareB, (v) => setCompare(a, v))}</label>
      </div>
      {!comparison ? <p className="empty">Save a named revision to compare with.</p> : null}
      {comparison ? (
        <>
          <table className="number-map" aria-label="Old numbers to new numbers">
            <thead>
              <tr>
                <th>Old</th>
                <th>New</th>
              </tr>
            </thead>
            <tbody>
              {comparison.numberMap.map((m) => (
                <tr key={m.a} className={m.b === null ? 'removed' : m.a !== m.b ? 'renumbered' : undefined}>
                  <td>{m.a}</td>
                  <td>{m.b ?? 'removed'}</td>
                </tr>
              ))}
              {comparison.added.map((p) => (
                <tr key={`+${p.id}`} className="added">
                  <td>new</td>
                  <td>{p.ref}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="compare-pairs">
            {comparison.pairs
              .filter((p) => p.moved || p.changes.some((c) => c.op !== 'equal'))
              .map((p) => (
                <li key={p.bId} data-pair={`${p.aRef}-${p.bRef}`}>
                  <div className="pair-head">
                    {p.aRef} → {p.bRef}
                    {p.moved ? <span className="badge">moved</span> : null}
                  </div>
                  <DiffText changes={p.changes} />
                </li>
              ))}
            {comparison.removed.map((p) => (
              <li key={`-${p.id}`} className="removed">
                <div className="pair-head">{p.ref} removed</div>
                <DiffText changes={[{ op: 'delete', text: p.text }]} />
              </li>
            ))}
            {comparison.added.map((p) => (
              <li key={`+${p.id}`} className="added">
                <div className="pair-head">{p.ref} new</div>
                <DiffText changes={[{ op: 'insert', text: p.text }]} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
