import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { matchFindings } from '../text/patterns';

export const doubleSpace: ParagraphRule = {
  type: 'paragraph',
  id: 'double-space',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'One space between words.',
  targets: TEXT_TARGETS,
  // the look-behind is tried at every offset: most paragraphs have no two spaces in a row at all
  check: (target) =>
    !/[ \u00a0]{2}/.test(target.text) ? [] : matchFindings(target.text, /(?<=\S)[ \u00a0]{2,}(?=\S)/g, () => ({ message: 'Two spaces: use one.', replacement: ' ' })),
};
