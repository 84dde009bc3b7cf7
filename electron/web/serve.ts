import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCorpusService } from '../main/corpus/corpus-service';
import { DEFAULT_CORPUS_PATH } from '../main/corpus/default-corpus';
import { corpusWorkerFactory } from '../main/corpus/start-worker';
import { createLaunchFiles } from '../main/launch-files';
import { startWebServer, type WebServer } from './server';

/**
 * `npm run dev:web` (and `npm start` where Electron cannot run): browser mode on 127.0.0.1.
 * PORT (default 5178; when taken, any free port), PENHOLDER_DOCS (default ~/Penholder Documents, created),
 * PENHOLDER_USER_DATA (default ~/.config/Penholder/browser). A file named after `--` (`npm start -- draft.docx`)
 * opens at start; like every path in browser mode it must be inside the documents folder.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const rendererDir = join(repoRoot, 'out', 'renderer-web');
const documentsDir = process.env['PENHOLDER_DOCS'] || join(homedir(), 'Penholder Documents');
const configHome = process.env['XDG_CONFIG_HOME'] || join(homedir(), '.config');
const userDataDir = process.env['PENHOLDER_USER_DATA'] || join(configHome, 'Penholder', 'browser');
const wantedPort = Number.parseInt(process.env['PORT'] ?? '', 10);
const corpus = createCorpusService(corpusWorkerFactory({ dataDir: join(userDataDir, 'corpus'), defaultCorpusPath: DEFAULT_CORPUS_PATH }));
const services = { corpus: corpus.handlers, corpusText: corpus.corpusText };
const launchFiles = createLaunchFiles();
// npm runs scripts in the package folder; INIT_CWD is where the user typed the command
launchFiles.offerArgs(process.argv.slice(2), process.env['INIT_CWD'] || process.cwd());

async function listen(port: number): Promise<WebServer> {
  try {
    return await startWebServer({ rendererDir, documentsDir, userDataDir, port, services, launchFiles });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE' || port === 0) throw error;
    return startWebServer({ rendererDir, documentsDir, userDataDir, port: 0, services, launchFiles });
  }
}

if (!existsSync(join(rendererDir, 'index.html'))) {
  process.stderr.write(`penholder: the renderer is not built (${rendererDir} is missing); run 'npm run build:web' first\n`);
  process.exit(2);
}
try {
  const server = await listen(Number.isInteger(wantedPort) && wantedPort >= 0 ? wantedPort : 5178);
  process.stdout.write(`Penholder is running in browser mode at ${server.url}\n`);
  process.stdout.write(`Documents folder: ${documentsDir}. Open the address in a browser; press Ctrl+C to stop.\n`);
  const stop = () => void Promise.all([server.close(), corpus.close()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`penholder: browser mode could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
