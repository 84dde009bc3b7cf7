import type { Diagnostic } from '../../../shared/formatting/diagnostic';

interface Props {
  diagnostic: Diagnostic;
  /** how many fixable diagnostics of this rule the document has */
  sameKind: number;
  onReveal: () => void;
  onFix: () => void;
  onFixAll: () => void;
  onIgnore: () => void;
}

/** One diagnostic in the panel: what is wrong, and the fix, fix-all and ignore buttons. */
export function DiagnosticItem({ diagnostic: d, sameKind, onReveal, onFix, onFixAll, onIgnore }: Props) {
  return (
    <li className={`diagnostic ${d.severity}`} data-rule={d.rule}>
      <div className="message" role="button" tabIndex={0} onClick={onReveal} onKeyDown={(e) => e.key === 'Enter' && onReveal()}>
        {d.message}
      </div>
      <div className="rule">
        {d.severity} · {d.rule}
        {d.related && d.related.length > 0 ? ` · also ${d.related.join(', ')}` : ''}
      </div>
      <div className="actions">
        {d.fix ? (
          <button type="button" onClick={onFix}>
            Fix
          </button>
        ) : null}
        {d.fix && sameKind > 1 ? (
          <button type="button" onClick={onFixAll}>
            Fix all of this kind ({sameKind})
          </button>
        ) : null}
        <button type="button" onClick={onIgnore}>
          Ignore
        </button>
      </div>
    </li>
  );
}
