import type { Descendant } from 'slate';
import { makeOperative, makePreambular } from '../model/factories';
import type { NamedRevision, PenholderFile } from '../model/file-schema';
import { ResolutionElement } from '../model/guards';
import { paragraphRefs } from '../model/numbering';
import { paragraphText } from '../model/text';
import type { BodyParagraph } from '../model/types';
import { currentRevision, saveRevision } from '../revisions/named-revisions';
import { comparedParagraphs } from '../revisions/paragraphs';
import { mapBlocks } from '../revisions/tree';
import { resolveRange } from './anchor';
import { describeProposal, STATUS_WORDS } from './describe';
import { proposalLabels } from './labels';
import { clauseRuns, paragraphOutcome, type ParagraphOutcome } from './paragraph-outcome';
import { isAgreedProposal, type Proposal } from './proposal';
import { mapPosition } from './text-edits';

export interface Merge {
  /** the paragraph that stays */
  into: string;
  /** paragraphs (or agreed proposals) folded into it; merged paragraphs leave the text */
  from: string[];
  /** the merged wording, when the room agreed one */
  text?: string;
}

export interface OutcomeOptions {
  /** the new revision's label ("Rev.1") */
  label: string;
  /** ISO date-time */
  date: string;
  note?: string;
  symbol?: string | null;
  merges?: Merge[];
}

export type OutcomeEntry = NonNullable<NamedRevision['outcome']>[number];

export interface OutcomeResult {
  file: PenholderFile;
  revision: NamedRevision;
  /** what became of each proposal, in tabling order (also stored on the revision) */
  outcome: OutcomeEntry[];
}

/**
 * Applies the agreed outcome of a compilation (un-format.md §8.2): agreed and agreed-ad-ref proposals go into
 * the text, labels and brackets disappear and numbering is regenerated (it is derived), rejected and
 * withdrawn proposals are dropped, open ones carry over with their ranges moved to the new text. The result
 * is stored as the next named revision with a record of every proposal; the text before is kept as a
 * revision too if it was not stored yet.
 */
export function applyOutcome(file: PenholderFile, options: OutcomeOptions): OutcomeResult {
  const before = file.body;
  const labels = proposalLabels(before, file.proposals);
  const oldRefs = paragraphRefs(before);
  const where = (p: Proposal) => labels.get(p.id) ?? oldRefs.get(p.paragraphId) ?? p.paragraphId;
  const outcomes = new Map<string, ParagraphOutcome>();
  const insertAfter = bisInsertions(before, file.proposals);
  const newIds = new Map<string, string>();
  const merged = new Map((options.merges ?? []).map((m) => [m.into, m]));
  const mergedAway = new Set((options.merges ?? []).flatMap((m) => m.from));
  let body = mapBlocks(before, (block) => {
    if (!ResolutionElement.isParagraph(block)) return [block];
    const result = paragraphOutcome(block, file.proposals);
    outcomes.set(block.id, result);
    const extra = (insertAfter.get(block.id) ?? []).map((p) => newParagraph(p, block, newIds));
    if (result.children === null || mergedAway.has(block.id)) return extra;
    const merge = merged.get(block.id);
    const children = merge?.text ? clauseRuns(merge.text, block.type === 'preambular-paragraph' ? 'preambular' : 'operative') : result.children;
    const next = { ...block, children } as BodyParagraph;
    if (merge) next.mergedFrom = [block.id, ...merge.from];
    return [next as Descendant, ...extra];
  });
  const carried = carryOver(file.proposals, outcomes, before, body);
  body = markAdRef(body, file.proposals, outcomes, carried);
  const newRefs = paragraphRefs(body);
  const outcome = file.proposals.map((p): OutcomeEntry => {
    const result = outcomes.get(p.paragraphId);
    const landed = newRefs.get(newIds.get(p.id) ?? p.paragraphId);
    const applied = result?.applied.has(p.id) || newIds.has(p.id);
    const fate = applied
      ? `applied${landed ? ` in ${landed}` : ''}`
      : carried.some((c) => c.id === p.id)
        ? `carried over${landed ? ` (${landed})` : ''}`
        : isAgreedProposal(p) || p.status === 'open'
          ? 'not applied: its paragraph left the text'
          : 'dropped';
    return { proposalId: p.id, status: p.status, summary: `${describeProposal(p, where(p))}: ${STATUS_WORDS[p.status]} → ${fate}` };
  });
  let start = file;
  if (!currentRevision(file)) start = saveRevision(file, { label: `compilation before ${options.label}`, date: options.date, note: 'saved automatically' }).file;
  const { file: saved, revision } = saveRevision({ ...start, body }, options);
  const stored = { ...revision, outcome };
  return {
    file: { ...saved, proposals: carried, revisions: saved.revisions.map((r) => (r.id === revision.id ? stored : r)) },
    revision: stored,
    outcome,
  };
}

/** Agreed new paragraphs ("bis") keyed by the paragraph they follow: the last one of their target's block. */
function bisInsertions(value: readonly Descendant[], proposals: readonly Proposal[]) {
  const paragraphs = comparedParagraphs(value);
  const out = new Map<string, Proposal[]>();
  for (const p of proposals) {
    if (p.op !== 'add-paragraph' || p.placement === 'alt' || !isAgreedProposal(p)) continue;
    let k = paragraphs.findIndex((q) => q.id === p.paragraphId);
    if (k < 0) continue;
    const target = paragraphs[k]!;
    while (paragraphs[k + 1] && paragraphs[k + 1]!.kind === target.kind && paragraphs[k + 1]!.level > target.level) k += 1;
    const after = paragraphs[k]!.id;
    out.set(after, [...(out.get(after) ?? []), p]);
  }
  return out;
}

function newParagraph(p: Proposal, next: BodyParagraph, newIds: Map<string, string>): Descendant {
  const kind = p.kind ?? (next.type === 'preambular-paragraph' ? 'preambular' : 'operative');
  const children = clauseRuns(p.text, kind);
  const node = kind === 'preambular' ? makePreambular(children) : makeOperative(children, 0);
  newIds.set(p.id, node.id);
  return (p.status === 'agreed-ad-ref' ? { ...node, status: 'agreed-ad-ref' } : node) as Descendant;
}

/** Open proposals (and agreed ones that could not be applied) move to the new text; the rest are settled. */
function carryOver(proposals: readonly Proposal[], outcomes: Map<string, ParagraphOutcome>, before: readonly Descendant[], after: readonly Descendant[]): Proposal[] {
  const oldText = textsById(before);
  const newText = textsById(after);
  const out: Proposal[] = [];
  for (const p of proposals) {
    const result = outcomes.get(p.paragraphId);
    const keep = p.status === 'open' || result?.blocked.has(p.id);
    if (!keep || !newText.has(p.paragraphId)) continue;
    const reopened: Proposal = p.status === 'open' ? p : { ...p, status: 'open', note: 'agreed, but could not be applied' };
    if (!p.range || !result) {
      out.push(reopened);
      continue;
    }
    const range = resolveRange(p, oldText.get(p.paragraphId) ?? '');
    const start = range ? mapPosition(range.start, result.edits) : null;
    const end = range ? mapPosition(range.end, result.edits) : null;
    out.push({ ...reopened, range: start !== null && end !== null ? { start, end } : null });
  }
  return out;
}

const textsById = (value: readonly Descendant[]) => new Map(comparedParagraphs(value).map((p) => [p.id, paragraphText(p.node.children)]));

/** A paragraph whose agreed-ad-ref proposals went in, with nothing left open on it, is agreed ad ref. */
function markAdRef(value: Descendant[], proposals: readonly Proposal[], outcomes: Map<string, ParagraphOutcome>, carried: readonly Proposal[]) {
  return mapBlocks(value, (block) => {
    if (!ResolutionElement.isParagraph(block) || block.status === 'agreed') return [block];
    const adRef = proposals.some((p) => p.paragraphId === block.id && p.status === 'agreed-ad-ref' && outcomes.get(block.id)?.applied.has(p.id));
    const open = carried.some((p) => p.paragraphId === block.id);
    return [adRef && !open ? ({ ...block, status: 'agreed-ad-ref' } as Descendant) : block];
  });
}
