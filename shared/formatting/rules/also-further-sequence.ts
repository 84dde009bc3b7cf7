import { sameItems } from '../../model/same-items';
import type { Finding, TextEdit } from '../diagnostic';
import type { DocumentRule } from '../rule';
import type { DocView } from '../view/doc-view';
import { linterMemory } from '../view/linter-memory';
import { flatMemo, keyedListMemo } from '../view/list-memo';
import type { TextTarget } from '../view/targets';

type Adverb = 'also' | 'further' | null;

interface Entry {
  target: TextTarget;
  /** the opener without also/further, as it is written ("Recalling", "calls upon") */
  base: string;
  adverb: Adverb;
  /** lower-cased comparison key: base, and for OPs the addressee */
  key: string;
}

const ADVERBS = new Set(['also', 'further']);

/** The addressee of an OP: the text after the verb up to "to", ",", ":" or ";" (un-format.md §3). */
export function addressee(rest: string): string {
  const cut = /\bto\b|[,:;]/.exec(rest);
  return (cut ? rest.slice(0, cut.index) : rest).trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
}

const entries = new WeakMap<TextTarget, Entry | null>();

function entryOf(target: TextTarget): Entry | null {
  if (entries.has(target)) return entries.get(target)!;
  const entry = makeEntry(target);
  entries.set(target, entry);
  return entry;
}

function makeEntry(target: TextTarget): Entry | null {
  const opener = target.opener;
  if (!opener) return null;
  const operative = target.kind === 'op';
  // the typed words for preambular openers; the lexicon's form of an operative verb ("Encourage" counts as "Encourages")
  const source = operative ? opener.canonical : target.text.slice(0, opener.length);
  const parts = source.split(/\s+/);
  const adverbWord = parts.find((w) => ADVERBS.has(w.toLowerCase()));
  const base = parts.filter((w) => !ADVERBS.has(w.toLowerCase())).join(' ');
  if (!base) return null;
  const adverb = (adverbWord?.toLowerCase() ?? null) as Adverb;
  const key = operative ? `${base.toLowerCase()}|${addressee(target.text.slice(opener.length))}` : base.toLowerCase();
  return { target, base, adverb, key };
}

const CYCLE: Adverb[] = [null, 'also', 'further'];
const expectedAdverb = (position: number): Adverb => CYCLE[(position - 1) % 3]!;
const positionOf = (adverb: Adverb): number => CYCLE.indexOf(adverb) + 1;

function openerFor(entry: Entry, adverb: Adverb): string {
  if (entry.target.kind === 'pp') return adverb ? `${entry.base} ${adverb}` : entry.base;
  if (!adverb) return entry.base.charAt(0).toUpperCase() + entry.base.slice(1);
  return `${adverb.charAt(0).toUpperCase()}${adverb.slice(1)} ${entry.base.charAt(0).toLowerCase()}${entry.base.slice(1)}`;
}

/**
 * `continues`: the run follows a paragraph with the same verb and another addressee ("Welcomes the report …;
 * Also welcomes the efforts …"), so an adverb on its first paragraph is the practice, not an orphan, and the cycle
 * goes on from there.
 */
function runFinding(run: Entry[], view: DocView, continues: boolean): (Finding & { paragraphId: string }) | null {
  const offset = continues && run[0]!.adverb ? positionOf(run[0]!.adverb) - 1 : 0;
  const want = (i: number) => expectedAdverb(i + 1 + offset);
  // most runs are right: check before building anything
  if (run.every((e, i) => e.adverb === want(i))) return null;
  const wrong = run.map((e, i) => ({ e, want: want(i) })).filter(({ e, want }) => e.adverb !== want);
  if (wrong.length === 0) return null;
  const edits: TextEdit[] = wrong.map(({ e, want }) => ({
    paragraphId: e.target.id,
    range: { start: 0, end: e.target.opener!.length },
    replacement: openerFor(e, want),
  }));
  const [first, ...rest] = edits;
  const refs = (e: Entry) => view.refs.get(e.target.id) ?? e.target.id;
  const span = run.length > 1 ? `${refs(run[0]!)}–${refs(run[run.length - 1]!)}` : refs(run[0]!);
  const sequence = run.map((e, i) => openerFor(e, want(i))).join(', ');
  const message =
    run.length === 1
      ? `“${run[0]!.adverb}” with no paragraph before it opening the same way: write “${first!.replacement}”.`
      : `${span} repeat “${run[0]!.base}”: the 2nd takes “also”, the 3rd “further”, then the cycle restarts (${sequence}).`;
  return {
    paragraphId: first!.paragraphId,
    range: first!.range,
    message,
    fix: rest.length > 0 ? { replacement: first!.replacement, edits: rest } : { replacement: first!.replacement },
    related: rest.map((e) => e.paragraphId),
  };
}

interface Run {
  entries: Entry[];
  /** the paragraph before the run has the same base opener (another addressee) */
  continues: boolean;
}

/** Maximal runs of consecutive entries with equal keys; a paragraph without an opener breaks a run. */
function runsOf(targets: TextTarget[]): Run[] {
  const runs: Run[] = [];
  let current: Entry[] = [];
  let before: Entry | null = null;
  const close = () => {
    if (current.length === 0) return;
    runs.push({ entries: current, continues: before !== null && before.base.toLowerCase() === current[0]!.base.toLowerCase() });
  };
  for (const target of targets) {
    const entry = entryOf(target);
    if (entry && current.length > 0 && current[0]!.key === entry.key) {
      current.push(entry);
      continue;
    }
    close();
    before = current[current.length - 1] ?? null;
    current = entry ? [entry] : [];
  }
  close();
  return runs;
}

type Found = Finding & { paragraphId: string };

/** Two entries that count the same for the sequence (an edit that left opener, adverb and addressee alone). */
const sameEntry = (a: Entry | null, b: Entry | null): boolean =>
  a === b || (a !== null && b !== null && a.target.id === b.target.id && a.key === b.key && a.adverb === b.adverb && a.base === b.base && a.target.opener?.length === b.target.opener?.length);

// per body: each paragraph's entry (kept while its target is, or while an edit left it the same) and the findings
// of the last call; typing inside a paragraph rarely changes its entry
const memory = linterMemory(() => ({
  entriesOf: keyedListMemo<TextTarget, Entry | null>((p) => (p.kind === 'pp' || p.kind === 'op' ? entryOf(p) : null), sameEntry),
  lastByBody: new Map<string, { refs: unknown; found: Found[] }>(),
  concat: flatMemo<Found>(),
}));

function bodyFindings(body: DocView['bodies'][number], view: DocView): Found[] {
  const { entriesOf, lastByBody } = memory(view);
  const key = body.id ?? '';
  const { changed } = entriesOf(key)(body.paragraphs);
  const last = lastByBody.get(key);
  if (last && !changed && last.refs === view.refs) return last.found;
  const found = checkBody(body, view);
  lastByBody.set(key, { refs: view.refs, found });
  return found;
}

// per run, keyed by its first entry: a run whose entries and refs are unchanged keeps its finding
const perRun = new WeakMap<Entry, { entries: Entry[]; continues: boolean; refs: unknown; found: Found | null }>();

function runResult(run: Run, view: DocView): Found | null {
  const first = run.entries[0]!;
  const hit = perRun.get(first);
  if (hit && hit.continues === run.continues && hit.refs === view.refs && sameItems(hit.entries, run.entries)) {
    return hit.found;
  }
  const found = runFinding(run.entries, view, run.continues);
  perRun.set(first, { entries: run.entries, continues: run.continues, refs: view.refs, found });
  return found;
}

function checkBody(body: DocView['bodies'][number], view: DocView): Found[] {
  const pps = body.paragraphs.filter((p) => p.kind === 'pp');
  const ops = body.paragraphs.filter((p) => p.kind === 'op');
  return [...runsOf(pps), ...runsOf(ops)].flatMap((run) => {
    const found = runResult(run, view);
    return found ? [found] : [];
  });
}

export const alsoFurtherSequence: DocumentRule = {
  type: 'document',
  id: 'also-further-sequence',
  severity: 'warning',
  organs: 'all',
  scope: 'resolution',
  description: 'Consecutive paragraphs repeating an opener take “also”, then “further” (un-format.md §3).',
  // the runs change only when a paragraph of the body does: the last result per body is reused until then
  check: (view) => memory(view).concat(view.bodies.map((body) => bodyFindings(body, view))),
};
