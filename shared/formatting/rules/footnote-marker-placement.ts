import type { Citation } from '../../model/citation';
import { preambularHeads } from '../data/opener-heads';
import { operativeThirdPersons } from '../data/operative-verbs';
import type { InstrumentEntry } from '../data/instruments';
import type { DocumentRule } from '../rule';
import { matchInstrumentNames, type NameMatch } from '../text/instrument-match';
import { markerMemo, present } from '../view/marker-memo';
import { markerFix, placedMarkers, type PlacedMarker } from '../view/markers';
import { footnoteInputs } from '../view/footnote-inputs';

/** ", and urges States parties …" / "and recalling …": a second verb opens a new clause */
const NEW_CLAUSE = new RegExp(`;|\\band\\s+(?:${[...operativeThirdPersons, ...preambularHeads].join('|')})\\b`);

/** A key under which a table citation and a footnote citation naming the same instrument meet. */
function citationKey(c: Citation | null): string | null {
  if (!c) return null;
  switch (c.kind) {
    case 'unts':
      return `unts:${c.vols.join(',')}:${c.nos.join(',')}`;
    case 'ets':
      return `ets:${c.no}`;
    case 'annex':
      return `annex:${c.resolution}:${c.annex ?? ''}`;
    case 'symbol':
      return `symbol:${c.symbol}`;
    default:
      return null;
  }
}

const byCitation = new WeakMap<readonly InstrumentEntry[], Map<string, InstrumentEntry[][]>>();

/** Table entries by citation key, each entry alone in its own array (the matcher's table argument). */
function entriesFor(table: readonly InstrumentEntry[], key: string): InstrumentEntry[][] {
  let index = byCitation.get(table);
  if (!index) {
    index = new Map();
    for (const entry of table) {
      for (const c of [entry.citation, ...(entry.alternatives ?? [])]) {
        const k = citationKey(c);
        if (k) index.set(k, [...(index.get(k) ?? []), [entry]]);
      }
    }
    byCitation.set(table, index);
  }
  return index.get(key) ?? [];
}

// name matches per holder text and instrument: a paragraph with two markers of one instrument is matched once
let matches: { text: string; perEntry: Map<InstrumentEntry, NameMatch[]> } = { text: '', perEntry: new Map() };
function namesIn(text: string, alone: InstrumentEntry[]): NameMatch[] {
  if (matches.text !== text) matches = { text, perEntry: new Map() };
  let found = matches.perEntry.get(alone[0]!);
  if (!found) matches.perEntry.set(alone[0]!, (found = matchInstrumentNames(text, alone)));
  return found;
}

function check(marker: PlacedMarker, citation: Citation | null, instruments: readonly InstrumentEntry[]) {
  const key = citationKey(citation);
  if (!key) return null;
  // one citation may stand for several instruments (the two Covenants share resolution 2200 A (XXI))
  const names = entriesFor(instruments, key)
    .flatMap((alone) => namesIn(marker.text, alone))
    .filter((m) => m.end <= marker.offset)
    .sort((a, b) => a.end - b.end);
  const last = names[names.length - 1];
  if (!last) return null;
  const between = marker.text.slice(last.end, marker.offset);
  if (!NEW_CLAUSE.test(between.replace(/[\s,;:.”’)]+$/, ''))) return null;
  const to = last.end + (/^[,;:.”’]*/.exec(marker.text.slice(last.end))?.[0].length ?? 0);
  const { range, fix } = markerFix(marker, to);
  return {
    paragraphId: marker.holder,
    range,
    fix,
    message: `Footnote marker ${marker.number} belongs right after “${marker.text.slice(last.start, last.end)}”.`,
  };
}
const memo = markerMemo();

/**
 * The marker of an instrument's footnote stands right after the instrument's name and the punctuation that
 * follows it (un-format.md §5.2; 000 fn 12 sits at the end of OP3 instead of after "child pornography,").
 * The phrase may go on ("…, adopted by the Conference, held in …,"); only a new clause in between is reported.
 */
export const footnoteMarkerPlacement: DocumentRule = {
  type: 'document',
  id: 'footnote-marker-placement',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'A footnote marker follows the name or phrase its citation resolves to.',
  inputs: footnoteInputs,
  check: (view) =>
    present(
      placedMarkers(view).map((marker) => {
        const citation = view.footnotes.bodies.get(marker.footnoteId)?.citation ?? null;
        // a marker's finding reads the marker (its holder's text), its footnote's citation and the instruments
        return memo(marker, [citation, view.instruments], () => check(marker, citation, view.instruments));
      }),
    ),
};
