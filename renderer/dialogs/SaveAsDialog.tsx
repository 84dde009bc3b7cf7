import { useEffect, useState } from 'react';
import { useSlateStatic } from 'slate-react';
import { api } from '../api';
import { saveDocument } from '../document/save';
import { DOCUMENT_EXTENSION, documentFileName, fileName } from '../document/file-names';
import { useAppStore } from '../state/store';
import { Modal } from './Modal';

/** Browser mode's Save As: a name in the documents folder. */
export function SaveAsDialog({ onClose }: { onClose: () => void }) {
  const editor = useSlateStatic();
  const path = useAppStore((s) => s.path);
  const [folder, setFolder] = useState<string | null>(null);
  const [name, setName] = useState(path ? fileName(path).replace(DOCUMENT_EXTENSION, '') : '');
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
