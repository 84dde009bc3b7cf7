import type { FormEvent } from 'react';
import type { SearchFilters } from '../../../shared/agreed-language/passage';
import { usePanelStore } from './panel-store';

const year = (value: string): number | undefined => (/^\d{4}$/.test(value) ? Number(value) : undefined);

/** Free-text search over the corpus with its filters: organ, years, paragraph kind, opener. */
export function SearchForm({ onSearch }: { onSearch: () => void }) {
  const query = usePanelStore((s) => s.query);
  const filters = usePanelStore((s) => s.filters);
  const setQuery = usePanelStore((s) => s.setQuery);
  const setFilters = usePanelStore((s) => s.setFilters);
  const set = (patch: Partial<SearchFilters>) => setFilters({ ...filters, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch();
  };
  return (
    <form className="agreed-search" onSubmit={submit} role="search">
      <input type="search" aria-label="Search agreed language" placeholder="Words of an adopted paragraph…" value={query} onChange={(e) => setQuery(e.target.value)} />
      <div className="agreed-filters">
        <select aria-label="Organ" value={filters.body ?? ''} onChange={(e) => set({ body: e.target.value || undefined })}>
          <option value="">Any organ</option>
          <option>General Assembly</option>
          <option>Security Council</option>
        </select>
        <select aria-label="Paragraph kind" value={filters.kind ?? ''} onChange={(e) => set({ kind: (e.target.value || undefined) as SearchFilters['kind'] })}>
          <option value="">Any paragraph</option>
          <option value="preambular">Preambular</option>
          <option value="operative">Operative</option>
        </select>
        <input aria-label="From year" placeholder="from" inputMode="numeric" size={5} defaultValue={filters.yearFrom ?? ''} onChange={(e) => set({ yearFrom: year(e.target.value) })} />
        <input aria-label="To year" placeholder="to" inputMode="numeric" size={5} defaultValue={filters.yearTo ?? ''} onChange={(e) => set({ yearTo: year(e.target.value) })} />
        <input aria-label="Opener" placeholder="opener (Recalling…)" value={filters.opener ?? ''} onChange={(e) => set({ opener: e.target.value || undefined })} />
      </div>
      <button type="submit" disabled={!query.trim()}>
        Search
      </button>
    </form>
  );
}
