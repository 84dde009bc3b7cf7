import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of test/eslint.config.js, proved by linting small probes as if they lived in each folder:
 * shared/ is pure TypeScript, the renderer has no Node or Electron. A probe that should fail must fail with
 * the purity rule itself (not some unrelated error), and a clean probe must pass.
 */
const root = join(__dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'test/eslint.config.js') });

async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('shared/ is pure', () => {
  it.each([
    ["import { readFile } from 'node:fs/promises';\nexport const f = readFile;", 'shared/model/probe.ts'],
    ["import { readFileSync } from 'fs';\nexport const f = readFileSync;", 'shared/model/probe.ts'],
    ["import { join } from 'path';\nexport const f = join;", 'shared/import/probe.ts'],
    ["import { app } from 'electron';\nexport const f = app;", 'shared/ipc/probe.ts'],
    ["import { useState } from 'react';\nexport const f = useState;", 'shared/footnotes/probe.ts'],
    ["import { useSlate } from 'slate-react';\nexport const f = useSlate;", 'shared/model/probe.ts'],
    ["import mammoth from 'mammoth';\nexport const f = mammoth;", 'shared/import/probe.ts'],
    ["import { api } from '../../renderer/api';\nexport const f = api;", 'shared/model/probe.ts'],
    ["import { main } from '../../electron/cli/main';\nexport const f = main;", 'shared/model/probe.ts'],
  ])('fails on %j', async (code, file) => {
    const errors = await layerErrors(code, file);
    expect(errors).toContainEqual(expect.stringMatching(/^no-restricted-imports: .*shared\/ (is pure|depends on nothing above it)/));
  });

  it.each([
    ['export const bytes = (s: string) => Buffer.from(s);', /Buffer.*use Uint8Array/],
    ["export const env = () => process.env['HOME'];", /process.*pass settings in/],
    ['export const title = () => document.title;', /document.*no DOM/],
  ])('fails on the global in %j', async (code, message) => {
    const errors = await layerErrors(code, 'shared/model/probe.ts');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('passes on what shared/ may use (slate, zod, fflate, diff, docx)', async () => {
    const code = [
      "import { Editor } from 'slate';",
      "import { z } from 'zod';",
      "import { unzipSync } from 'fflate';",
      "import { diffWords } from 'diff';",
      "import { Document } from 'docx';",
      'export const all = [Editor, z, unzipSync, diffWords, Document, new Uint8Array(1)];',
    ].join('\n');
    expect(await layerErrors(code, 'shared/model/probe.ts')).toEqual([]);
  });
});

describe('the renderer has no Node or Electron', () => {
  it.each([
    ["import { readFile } from 'node:fs';\nexport const f = readFile;", /runs sandboxed/],
    ["import { readFile } from 'fs';\nexport const f = readFile;", /runs sandboxed/],
    ["import { ipcRenderer } from 'electron';\nexport const f = ipcRenderer;", /runs sandboxed/],
    ["import { dispatch } from '../electron/main/ipc/dispatch';\nexport const f = dispatch;", /only through window\.api/],
    ['export const env = () => process.platform;', /has no process/],
  ])('fails on %j', async (code, message) => {
    const errors = await layerErrors(code, 'renderer/editor/probe.tsx');
    expect(errors).toContainEqual(expect.stringMatching(message));
  });

  it('passes on React, slate-react and the shared contract', async () => {
    const code = [
      "import { useState } from 'react';",
      "import { useSlate } from 'slate-react';",
      "import { contract } from '../../shared/ipc/contract';",
      'export const all = [useState, useSlate, contract, window.location];',
    ].join('\n');
    expect(await layerErrors(code, 'renderer/editor/probe.tsx')).toEqual([]);
  });
});

describe('electron/ never imports the renderer', () => {
  it('fails on a renderer import from main', async () => {
    const errors = await layerErrors("import { api } from '../../renderer/api';\nexport const f = api;", 'electron/main/probe.ts');
    expect(errors).toEqual(['no-restricted-imports: \'../../renderer/api\' import is restricted from being used by a pattern. main never imports the renderer.']);
  });
});
