import type { CompilationParagraph } from '../../../shared/compilation/render-compilation';

/** The compilation text as it will print: brackets, attributions in bold, proposed words, notes. */
export function CompilationView({ paragraphs }: { paragraphs: readonly CompilationParagraph[] }) {
  return (
    <ol className="compilation">
      {paragraphs.map((p) => (
        <li key={p.id} className={`compilation-paragraph status-${p.status}${p.proposalStatus ? ' proposed' : ''}`} data-label={p.label}>
          <span className="compilation-label">{p.label}</span>{' '}
          {p.runs.map((r, i) =>
            r.footnoteId ? (
              <sup key={i}>{r.text}</sup>
            ) : (
              <span
                key={i}
                className={[`run-${r.role}`, r.italic ? 'italic' : '', r.bold ? 'bold' : '', r.strike ? 'strike' : ''].filter(Boolean).join(' ')}
              >
                {r.text}
              </span>
            ),
          )}
        </li>
      ))}
    </ol>
  );
}
