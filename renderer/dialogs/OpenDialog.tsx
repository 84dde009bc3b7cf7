import { useEffect, useState } from 'react';
import type { Ok } from '../../shared/ipc/contract';
import { api } from '../api';
import { openDocument } from '../document/open';
import { fileName } from '../document/file-names';
import { Modal } from './Modal';

type Listing = Ok<'listDocuments'>;

/** Browser mode's Open: the documents folder and the recent files (the desktop uses main's native dialog). */
export function OpenDialog({ onClose }: { onClose: () => void }) {
  const [listing, setListing] = useState<Listing | null>(null);
  const [recent, setRecent] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.listDocuments({}).then((r) => (r.ok ? setListing(r.value) : setError(r.error)));
    void api.recentFiles({}).then((r) => r.ok && setRecent(r.value.paths));
  }, []);
  const open = (path: string) => {
    onClose();
    void openDocument(path);
  };
  const entries = listing?.entries ?? [];
  return (
    <Modal title="Open a document" onClose={onClose} wide actions={<button type="button" onClick={onClose}>Cancel</button>}>
      {error ? <p className="error">{error}</p> : null}
      {recent.length > 0 ? (
        <section>
          <h3>Recent</h3>
          <ul className="file-list">
            {recent.map((path) => (
              <li key={path}>
                <button type="button" data-path={path} onClick={() => open(path)}>
                  {fileName(path)} <small>{path}</small>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h3>Documents{listing ? <small> in {listing.folder}</small> : null}</h3>
        {listing && entries.length === 0 ? <p className="muted">The folder holds no documents yet.</p> : null}
        <ul className="file-list">
          {entries.map((entry) => (
            <li key={entry.path}>
              <button type="button" data-path={entry.path} onClick={() => open(entry.path)}>
                {entry.name} <small>{new Date(entry.modified).toLocaleString('en-GB')}</small>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </Modal>
  );
}
