import { describe, expect, it } from 'vitest';
import { markerOffsetAfter } from '../../../shared/footnotes/placement';

describe('markerOffsetAfter (un-format.md §5.2)', () => {
  it.each<[string, string, string]>([
    ['no punctuation', 'Rights of the Child and', 'Rights of the Child|'],
    ['a comma', 'Rights of the Child, the Optional', 'Rights of the Child,|'],
    ['a semicolon', 'Organized Crime;', 'Organized Crime;|'],
    ['a full stop', 'had responded.', 'had responded.|'],
    ['a closing quote and comma', '“Rights of the child”, in which', '“Rights of the child”,|'],
    ['before a dash', 'the Convention – and', 'the Convention|'],
  ])('%s', (_name, text, expected) => {
    const name = expected.replace(/[,;.”|]+$/, '').replace('|', '');
    const end = text.indexOf(name) + name.length;
    const at = markerOffsetAfter(text, end);
    expect(`${text.slice(0, at)}|`).toBe(expected);
  });
});
