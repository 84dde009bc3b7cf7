/**
 * In-band tokens of the text pipeline (private-use characters, which no UN text contains): a footnote
 * marker keeps its number and what was printed; a `*` symbol mark is one STAR per star.
 */
export const REF_OPEN = '\uE000';
export const REF_SEP = '\uE001';
export const REF_CLOSE = '\uE002';
export const STAR = '\uE003';
/** A markdown heading line (`##`): one token per hash, kept so the body can tell a heading from a paragraph. */
export const HEADING = '\uE004';

export const refToken = (key: string, printed: string): string => `${REF_OPEN}${key}${REF_SEP}${printed}${REF_CLOSE}`;

export const REF_TOKEN = /\uE000([^\uE001]*)\uE001([^\uE002]*)\uE002/g;

/** The text as printed: markers back to their printed form, stars back to `*`. */
export const printed = (text: string): string => text.replace(REF_TOKEN, '$2').replace(/\uE003/g, '*');

/** Removes every token (for pattern tests on the words alone). */
export const tokenFree = (text: string): string => text.replace(REF_TOKEN, '').replace(/[\uE003\uE004]/g, '');
