import { describe, expect, it } from 'vitest';
import { documentFileName, fileName, windowTitle } from '../../renderer/document/file-names';

describe('document names', () => {
  it.each([
    ['oceans', 'oceans.penholder.json'],
    ['  Oceans draft  ', 'Oceans draft.penholder.json'],
    ['oceans.penholder.json', 'oceans.penholder.json'],
    ['oceans.json', 'oceans.penholder.json'],
    ['', null],
    ['../escape', null],
    ['a/b', null],
    ['C:\\x', null],
    ['.hidden', null],
  ])('documentFileName(%j) = %j', (input, expected) => expect(documentFileName(input)).toBe(expected));

  it('titles the window like main does, dirty marker first', () => {
    expect(windowTitle(null, true)).toBe('• Untitled — Penholder');
    expect(windowTitle('/docs/oceans.penholder.json', false)).toBe('oceans.penholder.json — Penholder');
    expect(fileName('C:\\docs\\x.penholder.json')).toBe('x.penholder.json');
  });
});
