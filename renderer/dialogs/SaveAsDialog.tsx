import { useEffect, useState } from 'react';
import { useSlateStatic } from 'slate-react';
import { api } from '../api';
import { saveDocument } from '../document/save';
import { fileName } from '../document/use-window-title';
import { useAppStore } from '../state/store';
import { Modal } from './Modal';

const EXTENSION = '.penholder.json';

/** A safe file name: no folders, the Penholder extension added. */
export function documentFileName(input: string): string | null {
  const base = input.trim().replace(/\.penholder\.json$/i, '').replace(/\.json$/i, '');
  if (base === '' || /[\\/:*?"<>|]/.test(base) || base.startsWith('.')) return null;
  return `${base}${EXTENSION}`;
}

/** Browser mode's Save As: a name in the documents folder. */
export function SaveAsDialog({ onClose }: { onClose: () => void }) {
  const editor = useSlateStatic();
  const path = useAppStore((s) => s.path);
  const [folder, setFolder] = useState<string | null>(null);
  const [name, setName] = useState(path ? fileName(path).replace(EXTENSION, '') : '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.listDocuments({}).then((r) => (r.ok ? setFolder(r.value.folder) : setError(r.error)));
  }, []);
  const save = () => {
    const file = documentFileName(name);
    if (!file) return setError('Give the document a name without slashes or special characters.');
    onClose();
    // a name alone is saved in the documents folder
    void saveDocument(editor, file);
  };
  return (
    <Modal
      title="Save as"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={save}>
            Save
          </button>
        </>
      }
    >
      <label className="field">
        <span>File name</span>
        <input name="fileName" value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && save()} />
      </label>
      <p className="muted">
        Saved as {documentFileName(name) ?? '…'} in {folder ?? 'the documents folder'}.
      </p>
      {error ? <p className="error">{error}</p> : null}
    </Modal>
  );
}
