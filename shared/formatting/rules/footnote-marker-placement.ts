import type { Citation } from '../../model/citation';
import { preambularHeads } from '../data/opener-heads';
import { operativeThirdPersons } from '../data/operative-verbs';
import type { InstrumentEntry } from '../data/instruments';
import type { DocumentRule } from '../rule';
import { matchInstrumentNames } from '../text/instrument-match';
import { markerFix, placedMarkers } from '../view/markers';

/** ", and urges States parties …" / "and recalling …": a second verb opens a new clause */
const NEW_CLAUSE = new RegExp(`;|\\band\\s+(?:${[...operativeThirdPersons, ...preambularHeads].join('|')})\\b`);

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Does a table citation name the same instrument as a footnote's citation? */
function cites(entryCitation: Citation | null, c: Citation): boolean {
  if (!entryCitation || entryCitation.kind !== c.kind) return false;
  if (entryCitation.kind === 'unts' && c.kind === 'unts') return same(entryCitation.vols, c.vols) && same(entryCitation.nos, c.nos);
  if (entryCitation.kind === 'ets' && c.kind === 'ets') return entryCitation.no === c.no;
  if (entryCitation.kind === 'annex' && c.kind === 'annex') return entryCitation.resolution === c.resolution && entryCitation.annex === c.annex;
  if (entryCitation.kind === 'symbol' && c.kind === 'symbol') return entryCitation.symbol === c.symbol;
  return false;
}

const single = new WeakMap<InstrumentEntry, InstrumentEntry[]>();
const alone = (entry: InstrumentEntry) => single.get(entry) ?? single.set(entry, [entry]).get(entry)!;

// name matches per holder text and instrument: recomputed only when the holder paragraph was edited
const matches = new Map<string, ReturnType<typeof matchInstrumentNames>>();
function namesIn(text: string, entry: InstrumentEntry) {
  const key = `${entry.id}\u0000${text}`;
  let found = matches.get(key);
  if (!found) {
    if (matches.size > 2000) matches.clear();
    found = matchInstrumentNames(text, alone(entry));
    matches.set(key, found);
  }
  return found;
}

/**
 * The marker of an instrument's footnote stands right after the instrument's name and the punctuation that
 * follows it (un-format.md §5.2; 000 fn 12 sits at the end of OP3 instead of after "child pornography,").
 */
export const footnoteMarkerPlacement: DocumentRule = {
  type: 'document',
  id: 'footnote-marker-placement',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'A footnote marker follows the name or phrase its citation resolves to.',
  check: (view) => {
    const table = view.instruments;
    return placedMarkers(view).flatMap((marker) => {
      const citation = view.footnotes.bodies.get(marker.footnoteId)?.citation;
      if (!citation) return [];
      // one citation may stand for several instruments (the two Covenants share resolution 2200 A (XXI))
      const entries = table.filter((e) => cites(e.citation, citation) || (e.alternatives ?? []).some((a) => cites(a, citation)));
      const names = entries
        .flatMap((entry) => namesIn(marker.text, entry))
        .filter((m) => m.end <= marker.offset)
        .sort((a, b) => a.end - b.end);
      const last = names[names.length - 1];
      if (!last) return [];
      const between = marker.text.slice(last.end, marker.offset);
      // the phrase may go on ("…, adopted by the Conference, held in Vienna …,"); a new clause means the marker strayed
      if (!NEW_CLAUSE.test(between.replace(/[\s,;:.”’)]+$/, ''))) return [];
      const to = last.end + (/^[,;:.”’]*/.exec(marker.text.slice(last.end))?.[0].length ?? 0);
      return [
        {
          paragraphId: marker.holder,
          ...markerFix(marker, to),
          message: `Footnote marker ${marker.number} belongs right after “${marker.text.slice(last.start, last.end)}”.`,
        },
      ];
    });
  },
};
