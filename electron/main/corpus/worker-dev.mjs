// Runs worker.ts through tsx (tests, the CLI, dev): a worker thread does not inherit the parent's loader.
// The packaged app starts the bundled worker instead (start-worker.ts, workerPath).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
