import { describe, expect, it } from 'vitest';
import { exportPreview } from '../../../shared/export/preview';
import { handCase } from '../../support/export-fixtures';

const file = handCase('draft-with-subparagraphs');

describe('the File → Export preview', () => {
  it('shows the Markdown and AKN exactly as they will be written', () => {
    expect(exportPreview({ file, to: 'md' }).text).toMatch(/^United Nations E\/CN\.15\/2011\/L\.5\/Rev\.1\n/);
    expect(exportPreview({ file, to: 'akn' }).text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<akomaNtoso /);
  });

  it('describes the Word document and shows its text', () => {
    const preview = exportPreview({ file, to: 'docx' });
    expect(preview.facts[0]).toBe('Word document, A4, UN numbering, Times New Roman 10 pt');
    expect(preview.facts[1]).toBe('2 preambular and 3 operative paragraphs, 4 sub-paragraphs');
    expect(preview.text).toContain('1. *Urges* Member States');
  });

  it('describes the PDF (page size and number layout from the choices) and shows its text', () => {
    const preview = exportPreview({ file: { ...file, settings: { ...file.settings, pageSize: 'Letter', numberLayout: 'hanging' } }, to: 'pdf' });
    expect(preview.facts[0]).toBe('PDF, Letter, hanging numbering, Times New Roman 10 pt; footnotes after the text');
    expect(preview.text).toContain('1. *Urges* Member States');
    expect(exportPreview({ file, to: 'pdf', base: file.body }).error).toMatch(/as a Word document/);
  });

  it('lists the changes a redline will mark, with their author', () => {
    const body = JSON.parse(JSON.stringify(file.body)) as typeof file.body;
    (body.find((n) => 'id' in n && n.id === 'pp2') as { children: { text: string }[] }).children[1]!.text = ' that the Convention against Corruption represents a major step forward,';
    const preview = exportPreview({ file: { ...file, body }, to: 'docx', base: file.body, author: 'Peru' });
    expect(preview.facts.at(-1)).toBe('Tracked changes by Peru in 1 places');
    expect(preview.text).toMatch(/^PP2: Bearing in mind that the.*\[-Transnational Organized Crime-\]\{\+Corruption\+\} represents a major step forward,$/);
    expect(preview.text.split('\n')).toHaveLength(1);
  });

  it('says why an export cannot be made', () => {
    expect(exportPreview({ file, to: 'akn', compilation: true }).error).toMatch(/not Akoma Ntoso/);
  });
});
