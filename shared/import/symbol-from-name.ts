/**
 * A UN document symbol spelled in a file name ("A_RES_78_196-tracked.docx" → "A/RES/78/196"), used only
 * when the document itself prints none. Symbols start with the organ letter and are upper-case and digits.
 */
export function symbolFromName(name: string): string | null {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const m = /^((?:A|E|S)(?:_(?:[A-Z]+(?:\.\d+)?|\d+|L\.\d+|Rev\.\d+|Add\.\d+|C\.\d+))+)(?![a-z])/.exec(base);
  if (!m || !/_\d/.test(m[1]!)) return null;
  return m[1]!.replace(/_/g, '/');
}
