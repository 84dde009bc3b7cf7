import { useState } from 'react';
import type { Citation, CitationKind } from '../../../shared/citations/citation';
import { citationKinds, citationToFields, fieldsToCitation, type FieldValues } from '../../../shared/citations/form-fields';
import { fullRuns } from '../../../shared/citations/full-form';
import { parseCitation } from '../../../shared/citations/parse';
import { AddToTable } from './AddToTable';
import { Runs } from './Runs';

interface Props {
  citation: Citation;
  /** the citation of the footnote numbered before, for reading an "Ibid." typed into the text box */
  previous: Citation | null;
  onSave: (citation: Citation) => void;
  onCancel: () => void;
}

/**
 * Edits a footnote's citation by hand: the fields of its kind, or a citation typed as text and read back
 * into fields. Only the citation is saved; its printed form (and every Ibid. after it) is derived.
 */
export function CitationForm({ citation, previous, onSave, onCancel }: Props) {
  const initial = citationToFields(citation);
  const [kind, setKind] = useState<CitationKind>(initial.kind);
  const [values, setValues] = useState<FieldValues>(initial.values);
  const [typed, setTyped] = useState('');
  const result = fieldsToCitation(kind, values);
  const spec = citationKinds.find((k) => k.kind === kind)!;
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const read = () => {
    const parsed = citationToFields(parseCitation(typed, previous));
    setKind(parsed.kind);
    setValues(parsed.values);
  };
  return (
    <form
      className="citation-form"
      aria-label="Citation"
      onSubmit={(event) => {
        event.preventDefault();
        if (result.ok) onSave(result.citation);
      }}
    >
      <label>
        Read from text
        <span className="check">
          <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="United Nations, Treaty Series, vol. 1577, No. 27531." />
          <button type="button" onClick={read} disabled={!typed.trim()}>
            Read
          </button>
        </span>
      </label>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as CitationKind)}>
          {citationKinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {spec.fields.map((field) =>
        field.type === 'check' ? (
          <label key={field.name} className="check">
            <input type="checkbox" checked={Boolean(values[field.name])} onChange={(e) => set(field.name, e.target.checked ? 'true' : '')} />
            {field.label}
          </label>
        ) : (
          <label key={field.name}>
            {field.label}
            {field.type === 'markdown' ? (
              <textarea rows={3} value={values[field.name] ?? ''} onChange={(e) => set(field.name, e.target.value)} />
            ) : (
              <input value={values[field.name] ?? ''} onChange={(e) => set(field.name, e.target.value)} />
            )}
          </label>
        ),
      )}
      <div className="preview" aria-label="Full form">
        {result.ok ? <Runs runs={fullRuns(result.citation)} /> : <span className="error">{result.error}</span>}
      </div>
      <div className="buttons">
        <button type="submit" disabled={!result.ok}>
          Save citation
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {result.ok && result.citation.kind !== 'text' ? <AddToTable citation={result.citation} /> : null}
    </form>
  );
}
