import type { ReportBuilder } from '../report';
import { HEADING, refToken, STAR } from './tokens';

/**
 * Normalises the markup of a text/markdown conversion (un-format.md §7.1) into plain lines with in-band
 * tokens: footnote markers (Unicode superscripts, `<sup>n</sup>`, double-escaped `<sup>`), `*` symbol
 * marks, empty links, heading hashes, list markers, rules, HTML italics, entities and apostrophes.
 */

const SUPERSCRIPTS: Record<string, string> = {
  '\u2070': '0', '\u00B9': '1', '\u00B2': '2', '\u00B3': '3', '\u2074': '4',
  '\u2075': '5', '\u2076': '6', '\u2077': '7', '\u2078': '8', '\u2079': '9',
};
const SUPERSCRIPT_RUN = /[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Straight apostrophes become ’ (an opening one ‘); returns how many were changed. */
export function normalizeApostrophes(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(/(^|.)'(?=(.|$))/gmu, (_whole, before: string, after: string) => {
    count += 1;
    const opening = (before === '' || /[\s(“"[]/u.test(before)) && /\p{L}/u.test(after);
    return `${before}${opening ? '‘' : '’'}`;
  });
  return { text: out, count };
}

function normalizeLine(line: string): string {
  let out = line;
  if (/^\s*$/.test(out)) return '';
  // a rule of dashes, stars or underscores ends a page region; it carries no text
  if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(out)) return '';
  out = out.replace(/^\s{0,3}(#{1,6})\s+/, (_m, hashes: string) => HEADING.repeat(hashes.length));
  // list markers before numbers and labels ("- 1.", " - (a)") and plain bullets
  out = out.replace(/^\s*[-+•]\s+/, '');
  // a bare "* " (or "** ") at the start of a line is a symbol note, not a bullet (002 "* E/CN.15/2009/1.")
  out = out.replace(/^\s*(\*{1,3})(?=\s)/, (_m, stars: string) => STAR.repeat(stars.length));
  return out;
}

export function normalizeMarkup(raw: string, report: ReportBuilder): string {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  text = text
    .replace(/<sup>&<\/sup>lt;sup>/gi, '<sup>')
    .replace(/&lt;(\/?)sup&gt;/gi, '<$1sup>');
  text = text.replace(/<sup>\s*((?:\\?\*){1,3})\s*<\/sup>/gi, (_m, stars: string) => STAR.repeat(stars.replace(/\\/g, '').length));
  text = text.replace(/<sup>\s*(\d{1,4})\s*<\/sup>/gi, (_m, n: string) => refToken(String(Number(n)), n));
  text = text.replace(SUPERSCRIPT_RUN, (run) => {
    const digits = [...run].map((c) => SUPERSCRIPTS[c]).join('');
    return refToken(String(Number(digits)), run);
  });
  text = text.replace(/\\\*/g, STAR);
  // other markdown escapes ("doalos\_publications") are just the character
  text = text.replace(/\\([\\`_{}[\]()#+\-.!|~<>])/g, '$1');
  text = text.replace(/\[([^\]\n]*)\]\((?:#[^)\s]*|[^)\s]*)\)/g, '$1');
  text = text
    .replace(/<(i|em)>([\s\S]*?)<\/\1>/gi, '*$2*')
    .replace(/<(b|strong)>([\s\S]*?)<\/\1>/gi, '**$2**')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:span|sup|sub|u|font|a)\b[^>]*>/gi, '');
  text = decodeEntities(text);
  const apostrophes = normalizeApostrophes(text);
  if (apostrophes.count > 0) report.repaired(`${apostrophes.count} straight apostrophes normalised to ’`);
  return apostrophes.text.split('\n').map(normalizeLine).join('\n');
}
