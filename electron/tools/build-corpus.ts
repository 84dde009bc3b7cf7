// npm run build:corpus — writes assets/corpus/corpus.json.gz (the shipped agreed-language corpus) and its
// attribution notice from ../shared/corpus/*.jsonl.gz. Run again when the shared corpus changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encodeCorpus } from '../../shared/agreed-language/compact-corpus';
import type { CorpusDocument } from '../../shared/agreed-language/corpus-document';
import { documentFromRecord } from '../../shared/agreed-language/corpus-record';
import { CORPUS_NOTICE } from '../../shared/agreed-language/passage';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const INPUTS = ['../shared/corpus/ga-74-79.jsonl.gz', '../shared/corpus/sc-2000-2024.jsonl.gz'];

const documents: CorpusDocument[] = [];
const sources = new Map<string, string>();
let skipped = 0;
for (const input of INPUTS) {
  for (const line of gunzipSync(readFileSync(root(input))).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { provenance?: { repo?: string; commit?: string } };
    const doc = documentFromRecord(record);
    if (!doc) {
      skipped += 1;
      continue;
    }
    documents.push(doc);
    if (record.provenance?.repo) sources.set(record.provenance.repo, record.provenance.commit ?? '');
  }
}
const sourceList = [...sources].map(([repo, commit]) => ({ repo, commit }));
const corpus = encodeCorpus(documents, CORPUS_NOTICE, sourceList);
const gz = gzipSync(JSON.stringify(corpus), { level: 9 });
writeFileSync(root('assets/corpus/corpus.json.gz'), gz);

const paragraphs = documents.reduce((n, d) => n + d.paragraphs.length, 0);
writeFileSync(
  root('assets/corpus/ATTRIBUTION.md'),
  `# Agreed-language corpus: source and terms

\`corpus.json.gz\` holds ${documents.length} resolutions (${paragraphs} paragraphs, annexes included) of the General
Assembly and the Security Council: symbol, organ, adoption date, title, and each paragraph's id, kind, opening
phrase and text. Footnotes and catalogue data were left out.

${CORPUS_NOTICE}

The texts come from the United Nations' unofficial AKN4UN XML copies published by the Department for General
Assembly and Conference Management. They are "unofficial copies for informational purposes only", and whoever
uses them must acknowledge the United Nations as the source. Penholder shows this notice in its About box and
next to every suggestion's provenance. Repositories and commits:

${sourceList.map((s) => `- \`${s.repo}\` at \`${s.commit}\``).join('\n')}

Rebuild with \`npm run build:corpus\` (electron/tools/build-corpus.ts).
`,
);
console.log(`assets/corpus/corpus.json.gz: ${documents.length} documents, ${paragraphs} paragraphs, ${(gz.length / 1048576).toFixed(1)} MB${skipped ? `, ${skipped} records skipped` : ''}`);
