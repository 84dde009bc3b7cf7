// ESLint flat config; scripts pass --config test/eslint.config.js so the top level stays as fixed.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = ['fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https',
  'net', 'worker_threads', 'zlib', 'events', 'buffer', 'process', 'module', 'readline'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test/output/**', 'test-output/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'electron/*', 'react', 'react-*', 'react/*', 'slate-react', 'slate-dom', 'mammoth', 'node:*', ...nodeModules],
          message: 'shared/ is pure: no DOM, Node, Electron or React.' },
        { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ depends on nothing above it.' },
      ] }],
      'no-restricted-globals': ['error',
        { name: 'Buffer', message: 'shared/ is pure: use Uint8Array.' },
        { name: 'process', message: 'shared/ is pure: pass settings in.' },
        { name: 'window', message: 'shared/ is pure: no DOM.' },
        { name: 'document', message: 'shared/ is pure: no DOM.' },
        { name: '__dirname', message: 'shared/ is pure: no Node.' },
        { name: 'require', message: 'shared/ is pure: no Node.' },
        { name: 'global', message: 'shared/ is pure: no Node.' },
        { name: 'setImmediate', message: 'shared/ is pure: no Node.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'electron/*', 'node:*', ...nodeModules], message: 'the renderer runs sandboxed: no Node or Electron.' },
        { group: ['**/electron/**'], message: 'the renderer reaches main only through window.api.' },
      ] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'the renderer has no process.' }, { name: 'Buffer', message: 'the renderer has no Buffer.' }, { name: 'require', message: 'no require in the renderer.' }],
    },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.ts', 'test/**/*.tsx', 'renderer/vite.config.ts', 'electron/**/*.mjs', 'test/**/*.js', 'test/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'main never imports the renderer.' }] }],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
