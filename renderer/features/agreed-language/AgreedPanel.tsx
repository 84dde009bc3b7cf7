import { useSlateStatic } from 'slate-react';
import { api } from '../../api';
import { ResultCard } from './ResultCard';
import { FindResults } from './FindResults';
import { SearchForm } from './SearchForm';
import { SourcesSection } from './SourcesSection';
import { insertPassage } from './accept';
import { usePanelStore } from './panel-store';
import './agreed.css';

/** The agreed-language panel: search the adopted texts, insert with one click, or see the closest ones. */
export function AgreedPanel() {
  const editor = useSlateStatic();
  const results = usePanelStore((s) => s.results);
  const status = usePanelStore((s) => s.status);
  const error = usePanelStore((s) => s.error);
  const query = usePanelStore((s) => s.query);
  const search = async () => {
    const { query: text, filters, setResults } = usePanelStore.getState();
    if (!text.trim()) return;
    setResults('searching', []);
    const answer = await api.searchCorpus({ text, k: 20, mode: 'words', filters });
    if (answer.ok) setResults('done', answer.value.results);
    else setResults('error', [], answer.error);
  };
  return (
    <div className="agreed-panel">
      <FindResults />
      <SearchForm onSearch={() => void search()} />
      {status === 'searching' ? <p className="muted">Searching…</p> : null}
      {status === 'error' ? <p className="error">{error}</p> : null}
      {status === 'done' && results.length === 0 ? <p className="muted">No adopted paragraph holds these words.</p> : null}
      <ol className="agreed-results">
        {results.map((r) => (
          <ResultCard
            key={r.ref}
            passage={r}
            query={query}
            action={
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => insertPassage(editor, r)}>
                Insert
              </button>
            }
          />
        ))}
      </ol>
      <SourcesSection />
    </div>
  );
}
