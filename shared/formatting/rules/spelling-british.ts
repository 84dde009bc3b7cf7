import type { Finding } from '../diagnostic';
import { BRITISH_EXEMPT_NAMES, britishForms, britishPhrases } from '../data/british';
import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { insideQuotes, isNameWord } from '../text/context';
import { inside, nameSpans } from '../text/name-spans';
import { matchCase, words, type Word } from '../text/words';

const partsOf = (w: Word): Word[] => {
  const out: Word[] = [];
  let start = w.start;
  for (const part of w.word.split(/[-‑]/)) {
    out.push({ word: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
};

export const spellingBritish: ParagraphRule = {
  type: 'paragraph',
  id: 'spelling-british',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'UN British and house forms: programme, labour, centre, fulfil, combating, per cent, multi-stakeholder.',
  targets: TEXT_TARGETS,
  check: (target) => {
    const text = target.text;
    const exempt = nameSpans(text, BRITISH_EXEMPT_NAMES);
    const out: Finding[] = [];
    for (const w of words(text)) {
      // a compound is looked up whole ("co-operation"), then part by part ("labor-intensive"); most words are
      // neither a form nor a compound, and are passed over without making parts
      const whole = britishForms.has(w.word.toLowerCase());
      if (!whole && !w.word.includes('-') && !w.word.includes('‑')) continue;
      const parts = whole ? [w] : partsOf(w);
      for (const part of parts) {
        const british = britishForms.get(part.word.toLowerCase());
        if (!british || inside(exempt, part.start, part.end) || isNameWord(text, part.start, part.word) || insideQuotes(text, part.start)) continue;
        const replacement = matchCase(part.word, british);
        out.push({ range: { start: part.start, end: part.end }, message: `UN spelling: “${replacement}”.`, fix: { replacement } });
      }
    }
    for (const [pattern, form] of britishPhrases) {
      for (const m of text.matchAll(pattern)) {
        if (isNameWord(text, m.index, m[0]) || insideQuotes(text, m.index)) continue;
        const replacement = matchCase(m[0], form);
        out.push({
          range: { start: m.index, end: m.index + m[0].length },
          message: `UN spelling: “${replacement}”.`,
          fix: { replacement },
        });
      }
    }
    return out.sort((a, b) => a.range!.start - b.range!.start);
  },
};
