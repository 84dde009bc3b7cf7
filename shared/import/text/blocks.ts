import type { ReportBuilder } from '../report';
import { HEADING, REF_CLOSE, REF_OPEN, STAR } from './tokens';

/** A run of lines between blank lines, soft wraps joined; `line` is its first line (1-based) for warnings. */
export interface Block {
  text: string;
  line: number;
}

/** A line that starts a new block even without a blank line before it (un-format.md §7.1 list markers). */
const STARTS_BLOCK = new RegExp(`^(?:\\d{1,4}\\.\\s|\\([a-z]{1,4}\\)\\s|${REF_OPEN}[^${REF_CLOSE}]*${REF_CLOSE}\\s|${STAR}+\\s|${HEADING})`);

/** A table of contents: most lines hold a tab before a page number (002). */
const isContents = (lines: readonly string[]): boolean =>
  lines.length >= 3 && lines.filter((l) => l.includes('\t')).length >= lines.length * 0.6;

/**
 * Soft wraps joined with one space. A lone trailing star after a word with no partner in the block is a
 * symbol mark, not emphasis (002 "Item 6 of the provisional agenda*").
 */
function join(lines: readonly string[]): string {
  const text = lines.map((l) => l.trim()).join(' ').replace(/[ \t]+/g, ' ').trim();
  const stars = (text.match(/\*/g) ?? []).length;
  return stars % 2 === 1 ? text.replace(/([^\s*])\*$/, `$1${STAR}`) : text;
}

export function splitBlocks(text: string, report: ReportBuilder): Block[] {
  const lines = text.split('\n');
  const groups: { lines: string[]; line: number }[] = [];
  let current: { lines: string[]; line: number } | null = null;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (!current || STARTS_BLOCK.test(line.trim())) {
      current = { lines: [], line: i + 1 };
      groups.push(current);
    }
    current.lines.push(line);
  });
  const blocks: Block[] = [];
  for (let i = 0; i < groups.length; i += 1) {
    const group = groups[i]!;
    if (isContents(group.lines)) {
      const previous = blocks[blocks.length - 1];
      if (previous && /^Contents$/i.test(previous.text)) blocks.pop();
      report.found(`table of contents skipped (line ${group.line})`);
      continue;
    }
    blocks.push({ text: join(group.lines), line: group.line });
  }
  return blocks;
}
