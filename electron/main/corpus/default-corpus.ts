import { fileURLToPath } from 'node:url';

/** The shipped corpus (npm run build:corpus), resolved from this file so it works from any working folder. */
export const DEFAULT_CORPUS_PATH = fileURLToPath(new URL('../../../assets/corpus/corpus.json.gz', import.meta.url));
