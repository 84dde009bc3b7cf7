import { fileURLToPath } from 'node:url';
import { Node } from 'slate';
import { describe, expect, it } from 'vitest';
import { ResolutionElement } from '../../../../shared/model/guards';
import type { EmbeddedResolution, Heading, OperativeParagraph } from '../../../../shared/model/types';
import { elementsOf, importedFile } from '../support';

describe('a two-part (A, B) Akoma Ntoso resolution', () => {
  const file = importedFile(fileURLToPath(new URL('../../../fixtures/import/akn-two-parts.xml', import.meta.url)));
  const parts = file.body.filter(ResolutionElement.isEmbedded) as EmbeddedResolution[];

  it('becomes one embedded body per part, each with its heading, formula, preamble and operative part', () => {
    expect(parts).toHaveLength(2);
    const shape = parts.map((part) => ({
      heading: (part.children.find(ResolutionElement.isHeading) as Heading | undefined)?.label,
      title: Node.string(part.children.find(ResolutionElement.isHeading)!),
      formulas: part.children.filter(ResolutionElement.isAdoptingBody).length,
      preambular: part.children.filter(ResolutionElement.isPreambular).length,
      operative: (part.children.filter(ResolutionElement.isOperative) as OperativeParagraph[]).map((op) => op.level),
    }));
    expect(shape).toEqual([
      { heading: 'A', title: 'General questions', formulas: 1, preambular: 2, operative: [0, 0] },
      { heading: 'B', title: 'Individual territories', formulas: 1, preambular: 1, operative: [0, 0, 1, 1] },
    ]);
  });

  it('keeps the footnote of part A and the closing of the whole text', () => {
    expect(elementsOf(parts[0]!.children, 'footnote-ref')).toHaveLength(1);
    expect(file.body.some((n) => 'type' in n && n.type === 'closing')).toBe(true);
  });
});
