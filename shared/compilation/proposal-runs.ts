import { detectOpener } from '../model/openers';
import type { CompilationRun } from './compilation-run';
import { attribution } from './labels';
import type { Proposal } from './proposal';

/** How a proposal's status shows after its bracket; open proposals need no note. */
const STATUS_NOTES: Record<Proposal['status'], string> = {
  open: '',
  'agreed-ad-ref': 'agreed ad ref',
  accepted: 'accepted',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

const who = (p: Proposal) =>
  p.supportedBy.length > 0 ? `${attribution(p)} (supported by ${p.supportedBy.join('; ')})` : attribution(p);

/** Marks runs of a proposal that is no longer on the table (rejected, withdrawn) as struck through. */
const finish = (p: Proposal, runs: CompilationRun[]): CompilationRun[] => {
  const struck = p.status === 'rejected' || p.status === 'withdrawn';
  const out = runs.map((r) => ({ ...r, proposalId: p.id, ...(struck && r.role !== 'note' ? { strike: true as const } : {}) }));
  const note = STATUS_NOTES[p.status];
  return note ? [...out, { text: ` (${note})`, role: 'note', proposalId: p.id }] : out;
};

/** "[EU; African Group: add: the 2000 Millennium Summit]" as runs; `words` are the proposal's own words. */
export function bracket(p: Proposal, verb: string, words: CompilationRun[]): CompilationRun[] {
  return finish(p, [
    { text: '[', role: 'bracket' },
    { text: who(p), role: 'attribution', bold: true },
    { text: `: ${verb}${verb ? ': ' : ''}`, role: 'bracket' },
    ...words,
    { text: ']', role: 'bracket' },
  ]);
}

/** A delegation's proposed words, the opener italic when they start a clause. */
export function proposedWords(text: string, kind?: 'preambular' | 'operative'): CompilationRun[] {
  const opener = kind ? detectOpener(text, kind) : null;
  if (!opener || opener.length === 0) return text ? [{ text, role: 'proposed' }] : [];
  const rest = text.slice(opener.length);
  return [{ text: text.slice(0, opener.length), role: 'proposed', italic: true }, ...(rest ? [{ text: rest, role: 'proposed' as const }] : [])];
}

/** "[Cuba: delete paragraph]" before the text of a paragraph someone proposes to delete. */
export const deleteParagraphRuns = (p: Proposal): CompilationRun[] =>
  finish(p, [
    { text: '[', role: 'bracket' },
    { text: who(p), role: 'attribution', bold: true },
    { text: ': delete paragraph]', role: 'bracket' },
  ]);
