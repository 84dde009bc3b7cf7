import { foldIse } from '../../model/openers';
import { operativeOpeners, preambularOpeners } from '../../model/opener-lexicon';

/** Degree and sequence adverbs that may stand before the head word of an opener. */
export const LEADING_ADVERBS = new Set(['also', 'further', 'deeply', 'gravely', 'seriously', 'strongly', 'once', 'again', 'firmly']);

/** Openers the lexicon marks "(Security Council)": other organs get an info when they use them. */
export const SECURITY_COUNCIL_OPENERS = new Set(['acting', 'determining', 'determines']);

const headOf = (form: string): string => {
  const parts = form.toLowerCase().split(' ');
  return foldIse(parts.find((w) => !LEADING_ADVERBS.has(w)) ?? parts[0]!);
};

/** Head words attested in adopted GA texts (AKN4UN samples) beyond the lexicon's forms. */
const MORE_PREAMBULAR = ['confirming', 'supporting', 'continuing', 're-emphasizing', 'inviting', 'honouring', 'paying',
  'observing', 'realizing', 'keeping', 'seeking', 'persuaded', 'wishing', 'taking', 'underlining', 'emphasizing'];
const MORE_OPERATIVE = ['renews', 'pays', 'remains', 're-emphasizes', 'designates', 'elects', 'establishes', 'extends',
  'confirms', 'underlines', 'takes', 'invites', 'notes', 'requests', 'reiterates'];

/** Head words ("recalling", "concerned", "urges") of the lexicon forms: a known head with a new qualifier is known. */
export const preambularHeads = new Set([...preambularOpeners.map(headOf), ...MORE_PREAMBULAR]);
export const operativeHeads = new Set([...operativeOpeners.map(headOf), ...MORE_OPERATIVE]);
export const preambularForms = [...new Set(preambularOpeners.map((f) => f.split(' ')[0]!))];
export const operativeForms = [...new Set(operativeOpeners.map((f) => f.split(' ').find((w) => !LEADING_ADVERBS.has(w.toLowerCase()))!))];

/** The head word of a typed opener: the first word that is not a leading adverb, folded -ise → -ize. */
export const typedHead = (openerText: string): string => headOf(openerText);
