import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { matchFindings } from '../text/patterns';

export const capInternet: ParagraphRule = {
  type: 'paragraph',
  id: 'cap-internet',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: '“Internet” takes a capital I.',
  targets: TEXT_TARGETS,
  // the look-behind is tried at every offset: most paragraphs do not mention the internet at all
  check: (target) =>
    !target.text.includes('internet') ? [] : matchFindings(target.text, /(?<![./@\w])internet\b/g, () => ({
      message: 'UN style writes “Internet” with a capital I.',
      replacement: 'Internet',
    })),
};
