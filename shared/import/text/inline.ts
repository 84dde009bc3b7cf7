import type { SourceRun } from '../structure/source';
import { REF_TOKEN } from './tokens';

const PART = /(\uE000[^\uE001]*\uE001[^\uE002]*\uE002|\uE003+|\*\*|\*)/g;

/**
 * A block's text → runs: markdown `**bold**` and `*italic*` become marks (an unpaired star stays literal),
 * marker tokens become footnote refs, star tokens symbol marks.
 */
export function parseInline(text: string): SourceRun[] {
  const parts = text.split(PART).filter((p) => p !== '');
  const count = (delimiter: string) => parts.filter((p) => p === delimiter).length;
  // an odd delimiter count leaves the last one unpaired: it is printed as a star
  let boldLeft = count('**') - (count('**') % 2);
  let italicLeft = count('*') - (count('*') % 2);
  let bold = false;
  let italic = false;
  const runs: SourceRun[] = [];
  const pushText = (value: string) => {
    const last = runs[runs.length - 1];
    if (last && 'text' in last && Boolean(last.bold) === bold && Boolean(last.italic) === italic) last.text += value;
    else runs.push({ text: value, ...(bold ? { bold: true as const } : {}), ...(italic ? { italic: true as const } : {}) });
  };
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (part === '**' && boldLeft > 0) {
      bold = !bold;
      boldLeft -= 1;
    } else if (part === '*' && italicLeft > 0) {
      italic = !italic;
      italicLeft -= 1;
    } else if (part.startsWith('\uE000')) {
      const m = new RegExp(REF_TOKEN.source).exec(part);
      if (m) runs.push({ ref: m[1]!, printed: m[2]! });
    } else if (part.startsWith('\uE003')) runs.push({ mark: part.length });
    else pushText(part);
  }
  return runs;
}
