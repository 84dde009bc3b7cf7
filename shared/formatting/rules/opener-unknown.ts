import type { Finding } from '../diagnostic';
import {
  operativeForms,
  operativeHeads,
  preambularForms,
  preambularHeads,
  SECURITY_COUNCIL_OPENERS,
  typedHead,
} from '../data/opener-heads';
import { operativeWrongForms } from '../data/operative-verbs';
import type { ParagraphRule, RuleEnv } from '../rule';
import { editDistance, matchCase, words } from '../text/words';
import type { TextTarget } from '../view/targets';

function nearest(word: string, forms: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const form of forms) {
    const d = editDistance(word.toLowerCase(), form.toLowerCase(), 2);
    if (d < bestDistance) {
      best = form;
      bestDistance = d;
    }
  }
  return best;
}

function check(target: TextTarget, env: RuleEnv): Finding[] {
  const preambular = target.kind === 'pp';
  const first = words(target.text)[0];
  if (!first || first.start > 0) {
    if (target.text.trim() === '') return [];
    const message = preambular
      ? 'A preambular paragraph opens with a participle or adjective (“Recalling”, “Concerned”).'
      : 'An operative paragraph opens with a verb in the third person singular (“Requests”, “Decides”).';
    return [{ range: null, message }];
  }
  const openerText = target.text.slice(0, target.opener?.length ?? first.end);
  const head = typedHead(openerText);
  if (SECURITY_COUNCIL_OPENERS.has(head)) {
    if (env.organ === 'sc') return [];
    return [{ range: { start: 0, end: openerText.length }, severity: 'info', message: `“${openerText}” is a Security Council opener.` }];
  }
  const heads = preambular ? preambularHeads : operativeHeads;
  if (heads.has(head) || (!preambular && operativeWrongForms.has(head))) return [];
  const headWord = words(openerText).find((w) => typedHead(w.word) === head) ?? first;
  const suggestion = nearest(headWord.word, preambular ? preambularForms : operativeForms);
  const range = { start: headWord.start, end: headWord.end };
  const kind = preambular ? 'preambular' : 'operative';
  if (!suggestion) return [{ range, message: `“${headWord.word}” is not a ${kind} opener of the lexicon.` }];
  const replacement = matchCase(headWord.word, suggestion.toLowerCase());
  return [{ range, message: `“${headWord.word}” is not a ${kind} opener of the lexicon; did you mean “${replacement}”?`, fix: { replacement } }];
}

export const openerUnknown: ParagraphRule = {
  type: 'paragraph',
  id: 'opener-unknown',
  severity: 'warning',
  organs: 'all',
  scope: 'resolution',
  description: 'The opener is in the lexicon of preambular and operative openers (after -ise folding).',
  targets: ['pp', 'op'],
  check,
};
