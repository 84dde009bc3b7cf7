import type { Citation } from '../../model/citation';
import { makeFootnote } from '../../model/factories';
import type { Footnote } from '../../model/types';
import { markupRuns, runsText } from '../../citations/markup';
import { readCitation } from '../../citations/parse';
import type { IdAllocator } from '../ids';
import type { ReportBuilder } from '../report';
import type { FootnoteSource } from './source';

/** Where a marker stands: which region (for the repeat policy) and a label for warnings ("PP6"). */
export interface MarkerPlace {
  region: 'preamble' | 'operative' | 'other';
  label: string;
}

/**
 * The numbered footnotes of one import: definitions by key, markers in document order. Keeps every marker
 * where the source put it, reused ones included (un-format.md §7.2 step 5).
 */
export class FootnoteRegistry {
  private readonly byKey = new Map<string, FootnoteSource>();
  private readonly ids = new Map<string, string>();
  private readonly places = new Map<string, MarkerPlace[]>();
  private readonly missing = new Set<string>();

  constructor(definitions: readonly FootnoteSource[], private readonly idAllocator: IdAllocator, private readonly report: ReportBuilder) {
    for (const def of definitions) this.define(def);
  }

  /** Adds a footnote text (the AKN reader finds them as it goes). */
  define(def: FootnoteSource): void {
    if (this.byKey.has(def.key)) this.report.warn(`footnote ${def.key} is defined twice; the first text is kept (${def.where})`);
    else this.byKey.set(def.key, def);
  }

  /** The footnote id for a marker, or null when the source has no such footnote. */
  resolve(key: string, place: MarkerPlace): string | null {
    if (!this.byKey.has(key)) {
      if (!this.missing.has(key)) this.report.warn(`footnote marker ${key} has no footnote text; kept as printed (${place.label})`);
      this.missing.add(key);
      return null;
    }
    let id = this.ids.get(key);
    if (!id) {
      id = this.idAllocator.next('fn');
      this.ids.set(key, id);
    }
    const list = this.places.get(key) ?? [];
    list.push(place);
    this.places.set(key, list);
    return id;
  }

  /** The footnote nodes in order of first reference, then unreferenced definitions (kept, never lost). */
  build(): { footnotes: Footnote[]; ibidItalic: boolean | null; repeat: 'none' | 'new-footnote' } {
    const footnotes: Footnote[] = [];
    let previous: Citation | null = null;
    let ibidItalic: boolean | null = null;
    const regionOf = new Map<string, MarkerPlace['region']>();
    const citations = new Map<string, Citation>();
    const ordered = [...this.ids.keys(), ...[...this.byKey.keys()].filter((k) => !this.ids.has(k))];
    for (const key of ordered) {
      const def = this.byKey.get(key)!;
      let id = this.ids.get(key);
      if (!id) {
        id = this.idAllocator.next('fn');
        this.report.warn(`footnote ${key} is never referenced in the text; kept in the footnote list (${def.where})`);
      }
      const reading = readCitation(def.markdown, previous);
      if (reading.form === 'ibid' && ibidItalic === null) ibidItalic = reading.ibidItalic ?? false;
      const importedText = runsText(markupRuns(def.markdown));
      footnotes.push(makeFootnote(reading.citation, id, importedText));
      previous = reading.citation;
      citations.set(key, reading.citation);
      const places = this.places.get(key) ?? [];
      if (places.length > 1) {
        this.report.warn(`footnote ${key} used ${places.length === 2 ? 'twice' : `${places.length} times`} (${places.map((p) => p.label).join(' and ')})`);
      }
      if (places[0]) regionOf.set(key, places[0].region);
    }
    return { footnotes, ibidItalic, repeat: inferRepeat(regionOf, citations) };
  }
}

/** Citations compared as works at the same place; "See" does not make a citation different. */
const citationKey = (c: Citation): string => {
  if (c.kind === 'text') return `text:${c.runs.map((r) => r.text).join('')}`;
  const { see: _see, ...rest } = c;
  return JSON.stringify(rest, Object.keys(rest).sort());
};

/**
 * un-format.md §5.1: `new-footnote` when a footnote first referenced in the operative part repeats the
 * citation of a preamble footnote (000, 004); otherwise `none`. A reused marker never infers `same-number`.
 */
function inferRepeat(regionOf: Map<string, MarkerPlace['region']>, citations: Map<string, Citation>): 'none' | 'new-footnote' {
  const preamble = new Set<string>();
  for (const [key, region] of regionOf) {
    const c = citations.get(key);
    if (region === 'preamble' && c && c.kind !== 'text') preamble.add(citationKey(c));
  }
  for (const [key, region] of regionOf) {
    const c = citations.get(key);
    if (region === 'operative' && c && c.kind !== 'text' && preamble.has(citationKey(c))) return 'new-footnote';
  }
  return 'none';
}
