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
  check: (target) =>
    matchFindings(target.text, /(?<=\S)[ \u00a0]{2,}(?=\S)/g, () => ({ message: 'Two spaces: use one.', replacement: ' ' })),
};
