import type { Finding } from '../diagnostic';
import { detectOpener, type DetectedOpener } from '../../model/openers';
import type { ParagraphRule } from '../rule';
import type { TextTarget } from '../view/targets';

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** PP: "Also recalling" → "Recalling also" (the adverb follows the whole opener). */
function preambular(text: string): Finding | null {
  const lead = /^(Also|Further)\s+/.exec(text);
  if (!lead) return null;
  const rest = text.slice(lead[0].length);
  const opener = detectOpener(capitalize(rest), 'preambular');
  if (!opener) return null;
  const phrase = capitalize(rest.slice(0, opener.length));
  const replacement = `${phrase} ${lead[1]!.toLowerCase()}`;
  return {
    range: { start: 0, end: lead[0].length + opener.length },
    message: `In a preambular paragraph the adverb follows the opener: “${replacement}”.`,
    fix: { replacement },
  };
}

/**
 * OP: "Requests also" → "Also requests" (the adverb stands before the verb, inside the italics). `opener` is the
 * target's, which is detectOpener(text, 'operative') for an OP: not detected a second time per keystroke.
 */
function operative(text: string, opener: DetectedOpener | null): Finding | null {
  if (!opener || /^(Also|Further)\b/.test(text)) return null;
  const after = /^\s+(also|further)\b(\s+\S+)?/.exec(text.slice(opener.length));
  if (!after) return null;
  // "Requests further information" is an adjective; "further" is moved only before a name or "that"
  if (after[1] === 'further' && !/^\s+(\p{Lu}|that\b)/u.test(after[2] ?? '')) return null;
  const end = opener.length + after[0].length - (after[2]?.length ?? 0);
  const replacement = `${capitalize(after[1]!)} ${lowerFirst(text.slice(0, opener.length))}`;
  return {
    range: { start: 0, end },
    message: `In an operative paragraph the adverb stands before the verb: “${replacement}”.`,
    fix: { replacement },
  };
}

export const openerAdverbOrder: ParagraphRule = {
  type: 'paragraph',
  id: 'opener-adverb-order',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'Preambular openers take “also”/“further” after the opener; operative verbs take it before.',
  targets: ['pp', 'op'],
  check: (target: TextTarget) => {
    const found = target.kind === 'pp' ? preambular(target.text) : operative(target.text, target.opener);
    return found ? [found] : [];
  },
};
