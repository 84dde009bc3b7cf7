import { useEffect, useState, type FormEvent } from 'react';
import type { CorpusSource } from '../../../shared/ipc/contract';
import { api } from '../../api';

/**
 * The sources suggestions come from: the shipped corpus, folders of Akoma Ntoso XML, the user's own
 * documents (drafts). Each can be switched off; a folder added here is searchable once indexed.
 */
export function SourcesSection() {
  const [sources, setSources] = useState<CorpusSource[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [kind, setKind] = useState<'akn-folder' | 'documents'>('akn-folder');
  const [path, setPath] = useState('');
  const take = (answer: Awaited<ReturnType<typeof api.corpusSources>>) => {
    if (answer.ok) {
      setSources(answer.value.sources);
      setError('');
    } else setError(answer.error);
    setBusy(false);
  };
  useEffect(() => {
    let live = true;
    void api.corpusSources({}).then((answer) => live && take(answer));
    return () => {
      live = false;
    };
  }, []);
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!path.trim()) return;
    setBusy(true);
    void api.addCorpusSource({ kind, path: path.trim() }).then(take);
  };
  const toggle = (source: CorpusSource) => {
    setBusy(true);
    void api.setCorpusSourceEnabled({ id: source.id, enabled: !source.enabled }).then(take);
  };
  return (
    <details className="agreed-sources">
      <summary>Sources</summary>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            <label>
              <input type="checkbox" checked={s.enabled} disabled={busy} onChange={() => toggle(s)} /> {s.name}
            </label>{' '}
            <span className="muted">
              {s.kind === 'documents' ? 'drafts, ' : ''}
              {s.enabled ? `${s.paragraphs} paragraphs` : 'off'}
            </span>
            {s.error ? <div className="error">{s.error}</div> : null}
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <select aria-label="Source kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          <option value="akn-folder">Folder of Akoma Ntoso XML</option>
          <option value="documents">Folder of my documents (drafts)</option>
        </select>
        <input aria-label="Folder path" placeholder="/path/to/folder" value={path} onChange={(e) => setPath(e.target.value)} />
        <button type="submit" disabled={busy || !path.trim()}>
          {busy ? 'Indexing…' : 'Add'}
        </button>
      </form>
      {error ? <p className="error">{error}</p> : null}
    </details>
  );
}
