import { useEffect, useState } from 'react';
import { useSlateStatic } from 'slate-react';
import { CANCELLED } from '../../../shared/ipc/contract';
import type { PenholderFile } from '../../../shared/model/file-schema';
import { mergeFiles } from '../../../shared/compilation/merge-files';
import { api } from '../../api';
import { currentFile } from '../../document/session';
import { useAppStore } from '../../state/store';
import { replaceBody } from './body';

/** Reads another copy: a Penholder file as it is, anything else (.docx) through the importer. */
async function readCopy(path?: string): Promise<{ ok: true; file: PenholderFile } | { ok: false; error: string }> {
  if (path && !path.endsWith('.penholder.json')) {
    const imported = await api.importFile({ path });
    return imported.ok ? { ok: true, file: imported.value.file } : imported;
  }
  const opened = await api.openDocument(path ? { path } : {});
  return opened.ok ? { ok: true, file: opened.value.file } : opened;
}

/**
 * Merge a delegate's copy worked on offline: their changes come in as tracked changes in their name;
 * where both copies changed the same words, their version is tabled as a proposal (nothing is lost).
 */
export function MergeForm() {
  const editor = useSlateStatic();
  const setMeta = useAppStore((s) => s.setMeta);
  const setStatus = useAppStore((s) => s.setStatus);
  const [author, setAuthor] = useState('');
  const [path, setPath] = useState('');
  const [files, setFiles] = useState<string[]>([]);
  useEffect(() => {
    if (api.mode === 'browser') void api.listDocuments({}).then((r) => r.ok && setFiles(r.value.entries.map((e) => e.path)));
  }, []);

  const merge = async () => {
    const copy = await readCopy(path || undefined);
    if (!copy.ok) {
      if (copy.error !== CANCELLED) setStatus({ kind: 'error', text: `The copy could not be read: ${copy.error}` });
      return;
    }
    const name = author.trim() || 'Other delegate';
    const result = mergeFiles(currentFile(editor), copy.file, { author: name, date: new Date().toISOString() });
    replaceBody(editor, result.file.body);
    setMeta({ proposals: result.file.proposals });
    const base = result.baseLabel ? `from ${result.baseLabel}` : 'without a common revision';
    setStatus({ kind: 'info', text: `Merged ${name}'s copy ${base}: ${result.merged.length} paragraphs changed, ${result.conflicts.length} conflicts tabled` });
  };

  return (
    <form
      className="neg-form merge-form"
      onSubmit={(e) => {
        e.preventDefault();
        void merge();
      }}
    >
      <h3>Merge a copy edited offline</h3>
      <label>
        Whose copy
        <input name="mergeAuthor" value={author} placeholder="e.g. Norway" onChange={(e) => setAuthor(e.target.value)} />
      </label>
      {api.mode === 'browser' ? (
        <label>
          File
          <select name="mergePath" value={path} onChange={(e) => setPath(e.target.value)}>
            <option value="">(choose)</option>
            {files.map((f) => (
              <option key={f} value={f}>
                {f.split(/[\\/]/).pop()}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" disabled={api.mode === 'browser' && !path}>
        Merge copy…
      </button>
    </form>
  );
}
