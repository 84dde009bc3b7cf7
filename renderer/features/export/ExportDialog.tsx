import { useMemo, useState } from 'react';
import { useSlateStatic } from 'slate-react';
import { EXTENSIONS, type ExportFormat } from '../../../shared/export/formats';
import { exportPreview } from '../../../shared/export/preview';
import { CANCELLED } from '../../../shared/ipc/contract';
import { api } from '../../api';
import { Modal } from '../../dialogs/Modal';
import { currentFile } from '../../document/session';
import { useAppStore } from '../../state/store';
import { exportCall, previewRequest, type ExportChoices } from './export-request';
import './export.css';

const FORMATS: { id: ExportFormat; label: string }[] = [
  { id: 'docx', label: 'Word (.docx), UN layout' },
  { id: 'md', label: 'Markdown (.md)' },
  { id: 'akn', label: 'Akoma Ntoso XML (.xml)' },
  { id: 'pdf', label: 'PDF (.pdf), UN layout' },
];
const PREVIEW_CHARS = 6000;

/** File → Export: format and options on the left, what will be written on the right. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const editor = useSlateStatic();
  // the document as it is now; the dialog is modal, so it does not change underneath
  const file = useMemo(() => currentFile(editor), [editor]);
  const prefs = useAppStore((s) => s.preferences);
  const [choices, setChoices] = useState<ExportChoices>({
    to: 'docx',
    pageSize: file.settings.pageSize,
    numberLayout: file.settings.numberLayout,
    base: '',
    basePath: '',
    baseSymbol: '',
    author: prefs.delegation || prefs.author,
    compilation: false,
    fileName: 'resolution',
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<ExportChoices>) => setChoices((c) => ({ ...c, ...change }));
  const preview = useMemo(() => exportPreview(previewRequest(file, choices)), [file, choices]);
  const browser = api.mode === 'browser';

  const run = async () => {
    setBusy(true);
    const result = await api.exportDocument(exportCall(file, { ...choices, fileName: `${choices.fileName}.${EXTENSIONS[choices.to]}` }, browser));
    setBusy(false);
    if (!result.ok) return result.error === CANCELLED ? undefined : setError(result.error);
    useAppStore.getState().setStatus({ kind: 'info', text: `Exported ${result.value.path}` });
    onClose();
  };

  return (
    <Modal
      title="Export"
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={busy || preview.error !== null} onClick={() => void run()}>
            {browser ? 'Export' : 'Export…'}
          </button>
        </>
      }
    >
      <div className="export-dialog">
        <div className="export-options">
          <fieldset>
            <legend>Format</legend>
            {FORMATS.map((f) => (
              <label key={f.id} className="choice">
                <input type="radio" name="format" checked={choices.to === f.id} onChange={() => set({ to: f.id })} /> {f.label}
              </label>
            ))}
          </fieldset>
          {choices.to === 'docx' || choices.to === 'pdf' ? (
            <>
              <label className="field">
                <span>Page</span>
                <select value={choices.pageSize} onChange={(e) => set({ pageSize: e.target.value as ExportChoices['pageSize'] })}>
                  <option value="A4">A4</option>
                  <option value="Letter">US Letter</option>
                </select>
              </label>
              <label className="field">
                <span>Operative numbers</span>
                <select value={choices.numberLayout} onChange={(e) => set({ numberLayout: e.target.value as ExportChoices['numberLayout'] })}>
                  <option value="un">UN layout (number in the first-line indent)</option>
                  <option value="hanging">Hanging indent</option>
                </select>
              </label>
            </>
          ) : null}
          {choices.to === 'docx' ? (
            <>
              <label className="field">
                <span>Show changes against</span>
                <select name="base" value={choices.base} onChange={(e) => set({ base: e.target.value, compilation: false })}>
                  <option value="">nothing (a clean text)</option>
                  {file.revisions.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.label}
                    </option>
                  ))}
                  <option value="file">a file (an earlier draft or the adopted text)</option>
                  <option value="corpus">an adopted resolution (by symbol)</option>
                </select>
              </label>
              {choices.base === 'file' ? (
                <label className="field">
                  <span>Base file</span>
                  <input name="basePath" value={choices.basePath} onChange={(e) => set({ basePath: e.target.value })} placeholder="/path/to/A_RES_77_233.docx" />
                </label>
              ) : null}
              {choices.base === 'corpus' ? (
                <label className="field">
                  <span>Resolution symbol</span>
                  <input name="baseSymbol" value={choices.baseSymbol} onChange={(e) => set({ baseSymbol: e.target.value })} placeholder="A/RES/77/233" />
                </label>
              ) : null}
              {choices.base ? (
                <label className="field">
                  <span>Changes by</span>
                  <input name="author" value={choices.author} onChange={(e) => set({ author: e.target.value })} />
                </label>
              ) : null}
            </>
          ) : null}
          {choices.to !== 'akn' && (choices.to !== 'docx' || !choices.base) && file.proposals.length > 0 ? (
            <label className="choice">
              <input type="checkbox" checked={choices.compilation} onChange={(e) => set({ compilation: e.target.checked })} /> Compilation text (
              {file.proposals.length} proposals in brackets)
            </label>
          ) : null}
          {browser ? (
            <label className="field">
              <span>File name (documents folder)</span>
              <input name="exportName" value={choices.fileName} onChange={(e) => set({ fileName: e.target.value })} />
            </label>
          ) : null}
        </div>
        <div className="export-preview" aria-label="Preview">
          <ul className="muted">
            {preview.facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
            {choices.to === 'docx' && (choices.base === 'file' || choices.base === 'corpus') ? <li>The changes against that text are computed when the file is written.</li> : null}
          </ul>
          <pre>{preview.text.length > PREVIEW_CHARS ? `${preview.text.slice(0, PREVIEW_CHARS)}\n…` : preview.text}</pre>
        </div>
      </div>
      {preview.error ?? error ? <p className="error">{preview.error ?? error}</p> : null}
    </Modal>
  );
}
