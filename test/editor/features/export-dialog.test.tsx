// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Slate } from 'slate-react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/main/handlers/export';
import { confinedPaths } from '../../../electron/main/paths';
import { chromiumPrinter } from '../../../electron/web/print-pdf-chromium';
import { api } from '../../../renderer/api';
import { createResolutionEditor, loadDocument } from '../../../renderer/editor/create-editor';
import { ExportDialog } from '../../../renderer/features/export/ExportDialog';
import { useAppStore } from '../../../renderer/state/store';
import { contract } from '../../../shared/ipc/contract';
import { Preferences } from '../../../shared/settings/preferences';
import { unzipParts } from '../../support/docx-parts';
import { handCase } from '../../support/export-fixtures';
import { findAll, parseXml } from '../../support/xml-tree';
import { tempFolders, testDeps } from '../../main/deps';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const file = handCase('draft-with-subparagraphs');
let documentsDir = '';
let closed = 0;

beforeEach(async () => {
  const folders = await tempFolders();
  documentsDir = folders.documentsDir;
  // the api runs main's real handler on a temp folder, as browser mode's server does (without HTTP)
  const deps = testDeps(folders, { paths: confinedPaths(fs, folders.documentsDir), printPdf: chromiumPrinter() });
  api.exportDocument = (req) => exportDocument(deps, contract.exportDocument.req.parse(req));
  const editor = createResolutionEditor();
  const body = JSON.parse(JSON.stringify(file.body)) as typeof file.body;
  (body.find((n) => 'id' in n && n.id === 'pp2') as { children: { text: string }[] }).children[1]!.text = ' that the Convention against Corruption represents a major step forward,';
  loadDocument(editor, body);
  const { body: _body, ...meta } = file;
  useAppStore.getState().documentLoaded(null, { ...meta, revisions: [{ id: 'rev-1', label: 'Rev.1', symbol: null, date: '2024-01-01T00:00:00Z', note: '', body: file.body }] }, false);
  useAppStore.getState().setPreferences(Preferences.parse({ delegation: 'Mexico' }));
  closed = 0;
  render(
    <Slate editor={editor} initialValue={editor.children}>
      <ExportDialog onClose={() => (closed += 1)} />
    </Slate>,
  );
});
afterEach(cleanup);

const preview = () => screen.getByLabelText('Preview').querySelector('pre')!.textContent ?? '';

describe('File → Export', () => {
  it('previews what each format will write', async () => {
    expect(screen.getByText('Word document, A4, UN numbering, Times New Roman 10 pt')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByLabelText('Markdown (.md)')));
    expect(preview()).toMatch(/^United Nations E\/CN\.15\/2011\/L\.5\/Rev\.1/);
    await act(async () => fireEvent.click(screen.getByLabelText('Akoma Ntoso XML (.xml)')));
    expect(preview()).toMatch(/<akomaNtoso /);
  });

  it('previews a redline against a named revision and writes it, signed by the delegation', async () => {
    await act(async () => fireEvent.change(screen.getByRole('combobox', { name: 'Show changes against' }), { target: { value: 'rev-1' } }));
    expect(preview()).toContain('{+Corruption+}');
    expect(screen.getByText('Tracked changes by Mexico in 1 places')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export' })));
    await waitFor(() => expect(closed).toBe(1), { timeout: 10_000 });
    expect(screen.queryByText(/./, { selector: '.error' })).toBeNull();
    const written = await readFile(join(documentsDir, 'resolution.docx'));
    const inserted = findAll(parseXml(unzipParts(written)['word/document.xml']!), 'w:ins');
    expect(inserted.length).toBeGreaterThan(0);
    expect(new Set(inserted.map((c) => c.attrs['w:author']))).toEqual(new Set(['Mexico']));
    expect(useAppStore.getState().status?.text).toBe(`Exported ${join(documentsDir, 'resolution.docx')}`);
  });

  it('offers PDF with the page and numbering choices (no redline) and has main print it', async () => {
    const sent: { to: string }[] = [];
    const send = api.exportDocument;
    api.exportDocument = (req) => (sent.push(req), send(req));
    await act(async () => fireEvent.click(screen.getByLabelText('PDF (.pdf), UN layout')));
    expect(screen.getByText('PDF, A4, UN numbering, Times New Roman 10 pt; footnotes after the text')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Show changes against' })).toBeNull();
    await act(async () => fireEvent.change(screen.getByRole('combobox', { name: 'Page' }), { target: { value: 'Letter' } }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export' })));
    await waitFor(() => expect(closed).toBe(1), { timeout: 60_000 });
    expect(sent).toMatchObject([{ to: 'pdf', path: 'resolution.pdf', file: { settings: { pageSize: 'Letter' } } }]);
    const pdf = join(documentsDir, 'resolution.pdf');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Prevention, protection and international cooperation');
  });
});
