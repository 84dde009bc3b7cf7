import type { Citation } from '../../model/citation';
import { preambularHeads } from '../data/opener-heads';
import { operativeThirdPersons } from '../data/operative-verbs';
import type { InstrumentEntry } from '../data/instruments';
import type { DocumentRule } from '../rule';
import { matchInstrumentNames, type NameMatch } from '../text/instrument-match';
import { markerFix, placedMarkers } from '../view/markers';
import type { TextTarget } from '../view/targets';
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

// name matches per holder paragraph (targets are cached per node, so an edit makes a new one) and instrument
const matches = new WeakMap<TextTarget | object, Map<InstrumentEntry, NameMatch[]>>();
function namesIn(holder: TextTarget | undefined, text: string, alone: InstrumentEntry[]): NameMatch[] {
  const key = holder ?? {};
  let perEntry = matches.get(key);
  if (!perEntry) matches.set(key, (perEntry = new Map()));
  let found = perEntry.get(alone[0]!);
  if (!found) perEntry.set(alone[0]!, (found = matchInstrumentNames(text, alone)));
  return found;
}

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
    placedMarkers(view).flatMap((marker) => {
      const key = citationKey(view.footnotes.bodies.get(marker.footnoteId)?.citation ?? null);
      if (!key) return [];
      // one citation may stand for several instruments (the two Covenants share resolution 2200 A (XXI))
      const holder = view.byId.get(marker.holder);
      const names = entriesFor(view.instruments, key)
        .flatMap((alone) => namesIn(holder, marker.text, alone))
        .filter((m) => m.end <= marker.offset)
        .sort((a, b) => a.end - b.end);
      const last = names[names.length - 1];
      if (!last) return [];
      const between = marker.text.slice(last.end, marker.offset);
      if (!NEW_CLAUSE.test(between.replace(/[\s,;:.”’)]+$/, ''))) return [];
      const to = last.end + (/^[,;:.”’]*/.exec(marker.text.slice(last.end))?.[0].length ?? 0);
      return [
        {
          paragraphId: marker.holder,
          ...markerFix(marker, to),
          message: `Footnote marker ${marker.number} belongs right after “${marker.text.slice(last.start, last.end)}”.`,
        },
      ];
    }),
};
