/** Where a word stands: checks that leave proper names and quoted titles alone use these. */

/** A capitalised word that does not start a sentence: part of a proper name ("the Organisation", "National Center"). */
export function isNameWord(text: string, start: number, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const before = text.slice(0, start);
  return !/(^|[.!?:]\s+|^[“"‘(]\s*)$/.test(before);
}

/** Is the offset inside curly or straight double quotes (a quoted title keeps its own wording)? */
export function insideQuotes(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const opened = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  return opened > 0 || straight;
}

/** Is the offset inside parentheses? */
export function insideParentheses(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
}
