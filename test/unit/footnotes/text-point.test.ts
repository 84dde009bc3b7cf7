import { describe, expect, it } from 'vitest';
import { offsetAtPoint, pointAtOffset } from '../../../shared/footnotes/text-point';
import { makeFootnoteRef } from '../../../shared/model/factories';
import type { InlineNode } from '../../../shared/model/types';

const rev = { id: 'r', author: 'A', date: '2024-01-01T00:00:00Z' };
// "Recalling the Child," + marker + " and" with a deleted run in between that the text does not count
const children: InlineNode[] = [
  { text: 'Recalling', opener: true },
  { text: ' the Child,' },
  makeFootnoteRef('f1'),
  { text: ' gone', del: rev },
  { text: ' and' },
];

describe('pointAtOffset / offsetAtPoint', () => {
  it.each<[number, boolean, [number, number]]>([
    [0, false, [0, 0]],
    [4, false, [0, 4]],
    [9, false, [0, 9]],
    [9, true, [1, 0]],
    [20, false, [1, 11]],
    [20, true, [4, 0]],
    [22, false, [4, 2]],
  ])('offset %i (after markers: %s) is child %j', (offset, afterMarkers, [child, at]) => {
    const point = pointAtOffset(children, [3], offset, afterMarkers);
    expect(point).toEqual({ path: [3, child], offset: at });
    expect(offsetAtPoint(children, [3], point!)).toBe(offset);
  });

  it('gives null past the end', () => {
    expect(pointAtOffset(children, [3], 40)).toBeNull();
  });
});
