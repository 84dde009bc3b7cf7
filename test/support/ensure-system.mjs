#!/usr/bin/env node
// `pretest`: the end-to-end and render tests need Debian's chromium, LibreOffice, poppler and xmllint. When
// one is missing and we are root on Debian, install it (the README's test command sets up a fresh machine);
// otherwise name what is missing and stop, rather than fail later with an obscure spawn error.
import { spawnSync } from 'node:child_process';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const fonts = () => spawnSync('sh', ['-c', 'fc-list 2>/dev/null | grep -qi liberation'], { stdio: 'ignore' }).status === 0;

const needed = [
  ['chromium', () => has('chromium')],
  ['libreoffice-writer-nogui', () => has('soffice')],
  ['poppler-utils', () => has('pdftotext') && has('pdftoppm')],
  ['libxml2-utils', () => has('xmllint')],
  ['fonts-liberation', fonts],
];
const missing = needed.filter(([, present]) => !present()).map(([pkg]) => pkg);
if (missing.length === 0) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (!root || !has('apt-get')) {
  console.error(`pretest: missing system packages: ${missing.join(' ')}; install them (Debian: apt-get install -y ${missing.join(' ')}).`);
  process.exit(1);
}
console.log(`pretest: installing ${missing.join(' ')} with apt-get`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...missing]]) {
  const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (result.status !== 0) {
    console.error(`pretest: apt-get ${args[0]} failed (exit ${result.status})`);
    process.exit(1);
  }
}
