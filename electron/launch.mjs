#!/usr/bin/env node
// `npm start`: build and launch the desktop app; where Electron cannot run (no runtime binary, no display,
// or it dies at start), say so in one line and serve the same editor in browser mode on 127.0.0.1 instead,
// so the README's start command always gives a working editor.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const electronDir = join(root, 'node_modules', 'electron');

/** A package's bin script, run with this node (no shell, no npm banner, the same on every platform). */
const binOf = (pkg, bin) => join(dirname(require.resolve(`${pkg}/package.json`)), bin);

function run(script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron executable, as the electron package would find it, without its download-on-require. */
function electronBinary() {
  try {
    const name = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
    const binary = join(dist, name);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Electron's own installer fetches the runtime on first use; it fails fast where there is no network. */
function fetchElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !existsSync(join(electronDir, 'install.js'))) return false;
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  return result.status === 0;
}

/** Why the desktop app cannot start here, or null when it can. */
function whyNoDesktop() {
  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (!electronBinary()) {
    if (noDisplay) return 'its runtime binary is missing from node_modules/electron/dist and there is no display';
    if (!fetchElectron() || !electronBinary()) return 'its runtime binary is missing from node_modules/electron/dist and could not be downloaded';
  }
  return noDisplay ? 'there is no display to open a window on' : null;
}

async function browserMode(reason) {
  console.log(`Penholder: Electron cannot start here: ${reason}; starting the same editor in browser mode instead.`);
  run(binOf('vite', 'bin/vite.js'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  const { register } = await import('tsx/esm/api');
  register();
  await import('./web/serve.ts');
}

function desktop(binary) {
  run(binOf('electron-vite', 'bin/electron-vite.js'), ['build', '--config', 'electron/electron.vite.config.ts']);
  const started = Date.now();
  // a file to open (`npm start -- draft.penholder.json`), made absolute: Electron runs in the package folder
  const from = process.env.INIT_CWD || process.cwd();
  const files = process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : resolve(from, arg)));
  const child = spawn(binary, [root, ...files], { cwd: root, stdio: 'inherit' });
  const fallBack = (why) => {
    if (Date.now() - started > 15_000) process.exit(1);
    void browserMode(why);
  };
  child.on('error', (error) => fallBack(`it failed to launch (${error.message})`));
  child.on('exit', (code, signal) => {
    if (code === 0 || signal === 'SIGINT' || signal === 'SIGTERM') process.exit(code ?? 0);
    fallBack(`it exited at start with ${signal ?? `code ${code}`}`);
  });
}

const reason = whyNoDesktop();
if (reason) await browserMode(reason);
else desktop(electronBinary());
