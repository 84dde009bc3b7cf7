import type { Descendant } from 'slate';
import { footnoteNumbers } from '../footnotes/numbers';
import { operativeNumbers } from '../model/numbering';
import { comparedParagraphs, type ComparedParagraph } from '../revisions/paragraphs';
import { resolveRange } from './anchor';
import { sliceRuns, type CompilationRun } from './compilation-run';
import { proposalLabels } from './labels';
import type { Proposal, ProposalStatus } from './proposal';
import { bracket, deleteParagraphRuns, proposedWords } from './proposal-runs';
import { paragraphStatus, type ShownStatus } from './status';

export interface CompilationParagraph {
  /** the paragraph's id, or the proposal's id for a proposed paragraph */
  id: string;
  kind: ComparedParagraph['kind'];
  level: number;
  /** "PP3", "OP5", "OP5(a)"; proposed paragraphs "OP5 bis", "PP3 alt.2" */
  label: string;
  /** the printed number: "5.", "(a)", "" for a PP; "5 bis", "5 alt" for a proposed OP */
  number: string;
  status: ShownStatus;
  /** set on proposed paragraphs */
  proposalStatus?: ProposalStatus;
  runs: CompilationRun[];
}

export interface CompilationOptions {
  /** 'open' (default): open and agreed-ad-ref proposals; 'all': every proposal, settled ones annotated */
  show?: 'open' | 'all';
  /** id → label for the `mergedFrom` note (paragraphs and proposals of the previous revision) */
  mergedLabels?: ReadonlyMap<string, string>;
}

const visible = (p: Proposal, show: 'open' | 'all') => show === 'all' || p.status === 'open' || p.status === 'agreed-ad-ref';
const STATUS_NOTES: Partial<Record<ShownStatus, string>> = { 'agreed-ad-ref': 'agreed ad ref', agreed: 'agreed', deleted: 'deleted' };

/**
 * The compilation text (un-format.md §8.2) as paragraphs of runs: every proposal in square brackets where it
 * applies, attributed ("[EU; African Group: add: the 2000 Millennium Summit]"), proposed paragraphs after
 * their target labelled "OP5 bis" / "OP5 alt", statuses and merges noted. Pure; the Word and markdown
 * writers (`export --compilation`) and the compilation panel render these runs.
 */
export function renderCompilation(
  value: readonly Descendant[],
  proposals: readonly Proposal[],
  options: CompilationOptions = {},
): CompilationParagraph[] {
  const show = options.show ?? 'open';
  const shown = proposals.filter((p) => visible(p, show));
  const numbers = footnoteNumbers(value);
  const printed = operativeNumbers(value);
  const labels = proposalLabels(value, proposals);
  const paragraphs = comparedParagraphs(value);
  const extentEnd = extents(paragraphs);
  const out: CompilationParagraph[] = [];
  paragraphs.forEach((p, i) => {
    const status = paragraphStatus(p.node, proposals);
    out.push({
      id: p.id,
      kind: p.kind,
      level: p.level,
      label: p.ref,
      number: printed.get(p.id) ?? '',
      status,
      runs: paragraphRuns(p, shown.filter((x) => x.paragraphId === p.id), status, numbers, options.mergedLabels),
    });
    // Proposed paragraphs follow their target and its sub-paragraphs: deeper targets first, alternatives
    // before new paragraphs, then in tabling order.
    const due = shown
      .filter((x) => x.op === 'add-paragraph')
      .map((x) => ({ x, target: paragraphs.findIndex((q) => q.id === x.paragraphId) }))
      .filter(({ target }) => target >= 0 && extentEnd[target] === i)
      .sort((e, f) => f.target - e.target || (e.x.placement === 'alt' ? 0 : 1) - (f.x.placement === 'alt' ? 0 : 1));
    for (const { x, target } of due) out.push(proposedParagraph(x, paragraphs[target]!, labels.get(x.id) ?? ''));
  });
  return out;
}

/** For each paragraph, the index of the last paragraph of its block (itself and its deeper sub-paragraphs). */
function extents(paragraphs: readonly ComparedParagraph[]): number[] {
  return paragraphs.map((p, i) => {
    let k = i;
    while (paragraphs[k + 1] && paragraphs[k + 1]!.kind === p.kind && paragraphs[k + 1]!.level > p.level) k += 1;
    return k;
  });
}

function proposedParagraph(p: Proposal, target: ComparedParagraph, label: string): CompilationParagraph {
  const kind = p.kind ?? (target.kind === 'preambular' ? 'preambular' : 'operative');
  const suffix = label.slice(label.indexOf(' ') + 1);
  const base = target.kind === 'operative' && target.level === 0 ? target.ref.replace(/^OP/, '') : '';
  return {
    id: p.id,
    kind,
    level: target.level,
    label,
    number: base ? `${base} ${suffix}` : '',
    status: p.status === 'agreed-ad-ref' ? 'agreed-ad-ref' : 'bracketed',
    proposalStatus: p.status,
    runs: bracket(p, '', proposedWords(p.text, kind)),
  };
}

function paragraphRuns(
  p: ComparedParagraph,
  proposals: readonly Proposal[],
  status: ShownStatus,
  numbers: ReadonlyMap<string, number>,
  mergedLabels: ReadonlyMap<string, string> | undefined,
): CompilationRun[] {
  const text = p.text;
  const runs: CompilationRun[] = [];
  const merged = p.node.mergedFrom?.filter((id) => id !== p.id) ?? [];
  if (merged.length) {
    const names = merged.map((id) => mergedLabels?.get(id) ?? id);
    runs.push({ text: `(${p.ref} merged with ${names.join(' and ')}) `, role: 'note' });
  }
  for (const x of proposals) if (x.op === 'delete-paragraph') runs.push(...deleteParagraphRuns(x), { text: ' ', role: 'text' });
  const placed = proposals
    .filter((x) => x.op === 'add' || x.op === 'delete' || x.op === 'replace' || x.op === 'retain')
    .map((x) => ({ x, range: resolveRange(x, text) }));
  const inText = placed.filter((e) => e.range).sort((e, f) => e.range!.start - f.range!.start);
  let cursor = 0;
  for (const { x, range } of inText) {
    if (range!.start > cursor) {
      runs.push(...sliceRuns(p.node.children, cursor, range!.start, numbers));
      cursor = range!.start;
    }
    spaceBefore(runs);
    runs.push(...proposalRuns(x, sliceRuns(p.node.children, range!.start, range!.end, numbers)));
    cursor = Math.max(cursor, range!.end);
    if (/^[\p{L}\p{N}]/u.test(text.slice(cursor))) runs.push({ text: ' ', role: 'text' });
  }
  runs.push(...sliceRuns(p.node.children, cursor, text.length, numbers));
  for (const { x } of placed.filter((e) => !e.range)) {
    spaceBefore(runs);
    runs.push(...proposalRuns(x, x.anchor ? [{ text: x.anchor, role: 'text' }] : []));
  }
  const note = STATUS_NOTES[status];
  const body = status === 'deleted' ? runs.map((r) => (r.role === 'note' ? r : { ...r, strike: true as const })) : runs;
  return note ? [...body, { text: ` (${note})`, role: 'note' }] : body;
}

/** A bracket never sticks to the word before it. */
function spaceBefore(runs: CompilationRun[]) {
  const last = runs[runs.length - 1];
  if (last && !/[\s(]$/.test(last.text)) runs.push({ text: ' ', role: 'text' });
}

function proposalRuns(x: Proposal, target: CompilationRun[]): CompilationRun[] {
  const inBracket = target.map((r) => ({ ...r, proposalId: x.id }));
  switch (x.op) {
    case 'add':
      return bracket(x, 'add', proposedWords(x.text));
    case 'delete':
      return bracket(x, 'delete', inBracket);
    case 'retain':
      return bracket(x, 'retain', inBracket);
    default:
      return [...bracket(x, 'delete', inBracket), { text: ' ', role: 'text' }, ...bracket(x, 'add', proposedWords(x.text))];
  }
}
