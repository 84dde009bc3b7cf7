/**
 * Builds assets/treaties.json, the instrument table behind automatic footnotes (un-format.md §5.5), from the
 * mined data in ../shared/data plus the hand review in treaty-curation.ts and the spec's table in
 * treaty-extras.ts. Run: npm run build:treaties. The output is committed; the app never reads ../shared.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Citation } from '../../shared/citations/citation';
import { parseCitation } from '../../shared/citations/parse';
import { identical } from '../../shared/citations/same-work';
import { TreatyTable, type TreatyEntry } from '../../shared/citations/treaty-table';
import { annexDecisions, automaticAliases, KEEP, untsDecisions, type Decision } from './treaty-curation';
import { extraEntries } from './treaty-extras';

const root = join(import.meta.dirname, '../..');
const data = join(root, '../shared/data');

interface UntsRow { name: string; citation: string; unts_volume: string; unts_number: string; name_quality: string }
interface AnnexRow { cited_as: string; name: string | null }

export const NOTICE =
  'Treaty Series and resolution-annex citations mined from the United Nations’ unofficial AKN4UN XML copies of ' +
  'General Assembly resolutions (Department for General Assembly and Conference Management, repositories ' +
  'UNxml/GAresolutions and UNxml/SCresolutions), “unofficial copies for informational purposes only”. ' +
  'Source: United Nations. Names reviewed by hand for Penholder.';

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 48).replace(/^-|-$/g, '');

function namesFor(decision: Decision | undefined, mined: string | null, quality: string, key: string): string[] | null {
  if (decision === null) return null;
  if (Array.isArray(decision)) return decision;
  if (decision === undefined && (quality === 'trimmed' || quality === 'unclean')) {
    throw new Error(`${key}: a ${quality} name needs a decision in treaty-curation.ts ("${mined}")`);
  }
  return mined ? [mined] : null;
}

const withAliases = (names: string[]): string[] => [...new Set(names.flatMap((n) => [n, ...automaticAliases(n)]))];

function citationOf(text: string): Citation {
  const citation = parseCitation(text, null);
  if (citation.kind === 'text') throw new Error(`cannot read the citation "${text}"`);
  return citation;
}

export function buildTable(untsRows: UntsRow[], annexRows: AnnexRow[]): TreatyTable {
  const entries: TreatyEntry[] = [];
  for (const row of untsRows) {
    const key = `${row.unts_volume}|${row.unts_number}`;
    const names = namesFor(untsDecisions[key], row.name, row.name_quality, key);
    if (names) entries.push({ id: `unts-${row.unts_number}-${slug(row.unts_volume)}`, names, citation: citationOf(row.citation), origin: 'unts' });
  }
  for (const row of annexRows) {
    const decision = row.cited_as in annexDecisions ? annexDecisions[row.cited_as] : row.name ? KEEP : null;
    const names = namesFor(decision, row.name, 'auto', row.cited_as);
    if (!names) continue;
    const citation = citationOf(`${row.cited_as.startsWith('resolution 2200 A') ? 'See r' : 'R'}${row.cited_as.slice(1)}.`);
    entries.push({ id: `res-${slug(row.cited_as.slice('resolution '.length))}`, names, citation, origin: 'annex' });
  }
  for (const extra of extraEntries) {
    const same = extra.citation && entries.find((e) => e.citation && identical(e.citation, extra.citation!));
    if (same) {
      same.names = [...new Set([...extra.names, ...same.names])];
      if (extra.alternatives) same.alternatives = extra.alternatives;
    } else {
      entries.push({
        id: `spec-${slug(extra.names[0]!)}`,
        names: extra.names,
        citation: extra.citation,
        origin: 'spec',
        ...(extra.noteWhenNull ? { noteWhenNull: extra.noteWhenNull } : {}),
        ...(extra.alternatives ? { alternatives: extra.alternatives } : {}),
      });
    }
  }
  for (const entry of entries) entry.names = withAliases(entry.names);
  return TreatyTable.parse({ notice: NOTICE, entries });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(data, name), 'utf8')) as T;
  const table = buildTable(read<UntsRow[]>('unts-citations.json'), read<AnnexRow[]>('resolution-annex-citations.json'));
  const out = join(root, 'assets/treaties.json');
  writeFileSync(out, `${JSON.stringify(table, null, 1)}\n`);
  console.log(`${out}: ${table.entries.length} instruments, ${table.entries.reduce((n, e) => n + e.names.length, 0)} names`);
}
