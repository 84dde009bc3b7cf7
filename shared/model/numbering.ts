import type { Descendant } from 'slate';
import { ResolutionElement } from './guards';
import type { BodyParagraph, Level } from './types';

/** (a) … (z), then (aa), (bb) (un-format.md §1.6). */
export const letters = (n: number): string => {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
};

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export const roman = (n: number): string => {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
};

const label = (level: Level, n: number, sole: boolean): string =>
  level === 0 ? (sole ? '' : `${n}.`) : level === 1 ? `(${letters(n)})` : `(${roman(n)})`;

/** The body containers (the root and every embedded resolution), each numbered on its own. */
export function containers(value: readonly Descendant[]): (readonly Descendant[])[] {
  const out: (readonly Descendant[])[] = [value];
  for (const node of value) if (ResolutionElement.isEmbedded(node)) out.push(...containers(node.children));
  return out;
}

/**
 * Paragraph id → printed label ("1.", "(a)", "(i)"; "" for a sole operative paragraph), for every
 * operative paragraph in the value. Deleted paragraphs (tracked) keep no number.
 */
export function operativeNumbers(value: readonly Descendant[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const container of containers(value)) {
    const ops = container.filter(ResolutionElement.isOperative).filter((op) => !op.del);
    const sole = ops.filter((op) => op.level === 0).length === 1;
    const counters: [number, number, number] = [0, 0, 0];
    for (const op of ops) {
      counters[op.level] += 1;
      counters.fill(0, op.level + 1);
      labels.set(op.id, label(op.level, counters[op.level], sole));
    }
  }
  return labels;
}

/** The innermost resolution body: the one whose paragraphs the CLI and the delegates count. */
export function mainContainer(value: readonly Descendant[]): readonly Descendant[] {
  const all = containers(value);
  return all[all.length - 1]!;
}

/**
 * Paragraph id → public handle (cli.md "Paragraph references"): PP1…, OP1…, OP4(a), OP4(a)(i), OP5.u1;
 * paragraphs outside the innermost resolution (an outer "Recommends …" clause) are OP0.u1, OP0.u2 …;
 * report paragraphs are P1…Pn.
 */
export function paragraphRefs(value: readonly Descendant[]): Map<string, string> {
  const refs = new Map<string, string>();
  const main = mainContainer(value);
  let outer = 0;
  for (const container of containers(value)) {
    if (container === main) continue;
    for (const node of container) if (ResolutionElement.isParagraph(node)) refs.set(node.id, `OP0.u${(outer += 1)}`);
  }
  let pp = 0;
  let op = 0;
  let sub1 = 0;
  let sub2 = 0;
  let unnumbered = 0;
  let reportParagraph = 0;
  for (const node of main) {
    if (!ResolutionElement.isParagraph(node)) continue;
    if (node.del) continue;
    const p: BodyParagraph = node;
    if (p.type === 'preambular-paragraph') refs.set(p.id, `PP${(pp += 1)}`);
    else if (p.type === 'plain-paragraph') {
      if (p.numbered) refs.set(p.id, `P${(reportParagraph += 1)}`);
      else refs.set(p.id, `OP${op}.u${(unnumbered += 1)}`);
    } else if (p.level === 0) {
      op += 1;
      sub1 = 0;
      unnumbered = 0;
      refs.set(p.id, `OP${op}`);
    } else if (p.level === 1) {
      sub1 += 1;
      sub2 = 0;
      refs.set(p.id, `OP${op}(${letters(sub1)})`);
    } else {
      sub2 += 1;
      refs.set(p.id, `OP${op}(${letters(Math.max(sub1, 1))})(${roman(sub2)})`);
    }
  }
  return refs;
}

/** Report paragraphs numbered continuously: id → "12." */
export function reportNumbers(value: readonly Descendant[]): Map<string, string> {
  const out = new Map<string, string>();
  let n = 0;
  for (const node of value) if (ResolutionElement.isPlain(node) && node.numbered) out.set(node.id, `${(n += 1)}.`);
  return out;
}
