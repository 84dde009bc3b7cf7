import { operativeForms } from './opener-heads';

/** Base form of a third-person verb: "urges" → "urge", "stresses" → "stress". */
const baseOf = (third: string): string => (/(ss|sh|ch|x|zz)es$/.test(third) ? third.slice(0, -2) : third.slice(0, -1));

const gerund = (base: string): string => (/[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`);
const past = (base: string): string => (base.endsWith('e') ? `${base}d` : `${base}ed`);

/**
 * Wrong forms of the lexicon's operative verbs → the third person singular: "encourage", "encouraging",
 * "encouraged" → "encourages" (un-format.md §2.2, op-verb-form).
 */
export const operativeWrongForms: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const form of operativeForms) {
    const third = form.toLowerCase();
    const base = baseOf(third);
    for (const wrong of [base, gerund(base), past(base)]) if (wrong !== third) out.set(wrong, third);
  }
  return out;
})();

export const operativeThirdPersons: ReadonlySet<string> = new Set(operativeForms.map((f) => f.toLowerCase()));
