/**
 * Footnote engine figures: instrument scan of a 300-paragraph document and footnote rendering (numbering +
 * Ibid.) of a document with 300 footnotes. Run: npx tsx test/bench/footnotes.bench.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstrumentMatcher } from '../../shared/citations/instrument-match';
import { readTreatyTable } from '../../shared/citations/treaty-table';
import { renderedFootnotes } from '../../shared/footnotes/rendered';
import { makeFootnote, makeFootnoteList, makeFootnoteRef, makePreambular } from '../../shared/model/factories';

const table = readTreatyTable(JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/treaties.json'), 'utf8')));
const matcher = createInstrumentMatcher(table.entries);
const paragraph =
  'Recalling the Convention on the Rights of the Child and the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography, as well as the United Nations Convention against Transnational Organized Crime and the relevant resolutions of the General Assembly and the Economic and Social Council on crime prevention and criminal justice,';
let round = 0;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
function measure(name: string, run: () => void, rounds = 50) {
  run();
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  console.log(`${name}: p50 ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms`);
}

// every round scans new texts, so the matcher's per-text cache never answers
measure(`scan 300 new paragraphs (${paragraph.length} chars each) for ${table.entries.length} instruments`, () => {
  round += 1;
  for (let i = 0; i < 300; i += 1) matcher.find(`${paragraph} ${round}.${i}`);
});
measure('rescan the same 300 paragraphs (one keystroke later)', () => {
  for (let i = 0; i < 300; i += 1) matcher.find(`${paragraph} 1.${i}`);
});
measure('build the matcher', () => createInstrumentMatcher(table.entries), 10);
const footnotes = Array.from({ length: 300 }, (_, i) => makeFootnote({ kind: 'unts', vols: [String(1000 + (i % 7))], nos: ['27531'] }, `fn${i}`));
const value = [
  ...footnotes.map((fn, i) => makePreambular([{ text: `Recalling ${i}` }, makeFootnoteRef(fn.id), { text: ',' }], `p${i}`)),
  makeFootnoteList(footnotes),
];
measure('number and render 300 footnotes', () => renderedFootnotes(value, { ibidStyle: 'italic' }));
