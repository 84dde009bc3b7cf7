import { useSlateSelector, useSlateStatic } from 'slate-react';
import type { Diagnostic } from '../../../shared/formatting/diagnostic';
import { useAppStore } from '../../state/store';
import { DiagnosticItem } from './DiagnosticItem';
import { fixAllOfRule, fixOne, ignore, reveal } from './fix-actions';
import { diagnosticsOf } from './live-lint';
import { RulesSection } from './RulesSection';
import './diagnostics.css';

/** Diagnostics grouped by the paragraph (or target) they belong to, in document order. */
function byTarget(diagnostics: readonly Diagnostic[]): [string, Diagnostic[]][] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) groups.set(d.ref, [...(groups.get(d.ref) ?? []), d]);
  return [...groups];
}

/** The format checks of the open document, with fixes; opened with View → Format checks. */
export function DiagnosticsPanel() {
  const editor = useSlateStatic();
  // the settings and the ignored list are part of what is linted: re-read when they change
  useAppStore((s) => s.meta.settings);
  useAppStore((s) => s.meta.ignored);
  const diagnostics = useSlateSelector((e) => diagnosticsOf(e));
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  const fixable = new Map<string, number>();
  for (const d of diagnostics) if (d.fix) fixable.set(d.rule, (fixable.get(d.rule) ?? 0) + 1);
  return (
    <div className="diagnostics-panel">
      <div className="counts" aria-label="Diagnostic counts">
        <span>{count('error')} errors</span>
        <span>{count('warning')} warnings</span>
        <span>{count('info')} notes</span>
      </div>
      {diagnostics.length === 0 ? <p className="empty">No format problems found.</p> : null}
      <ol aria-label="Diagnostics">
        {byTarget(diagnostics).map(([ref, list]) => (
          <li key={ref} className="target">
            <h3>{ref}</h3>
            <ol>
              {list.map((d, i) => (
                <DiagnosticItem
                  key={`${d.rule}:${d.range?.start ?? i}:${i}`}
                  diagnostic={d}
                  sameKind={fixable.get(d.rule) ?? 0}
                  onReveal={() => reveal(editor, d)}
                  onFix={() => fixOne(editor, d)}
                  onFixAll={() => fixAllOfRule(editor, d.rule)}
                  onIgnore={() => ignore(editor, d)}
                />
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <RulesSection />
    </div>
  );
}
