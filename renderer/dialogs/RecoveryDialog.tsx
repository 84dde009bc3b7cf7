import type { Ok } from '../../shared/ipc/contract';
import { summarize } from '../../shared/summary/summary';
import { api } from '../api';
import { startSession } from '../document/session';
import { fileName } from '../document/file-names';
import { Modal } from './Modal';

type Recovery = NonNullable<Ok<'takeRecovery'>['recovery']>;

/** At start, after a crash: the unsaved text of the last session, to recover or discard. */
export function RecoveryDialog({ recovery, onClose }: { recovery: Recovery; onClose: () => void }) {
  const summary = summarize(recovery.file.body, recovery.file.settings);
  const recover = () => {
    startSession(recovery.file, recovery.path, true);
    onClose();
  };
  const discard = () => {
    void api.discardRecovery({});
    onClose();
  };
  return (
    <Modal
      title="Recover unsaved changes?"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={discard}>
            Discard
          </button>
          <button type="button" className="primary" onClick={recover}>
            Recover
          </button>
        </>
      }
    >
      <p>
        Penholder closed without saving <strong>{fileName(recovery.path)}</strong>. The text autosaved at{' '}
        {new Date(recovery.savedAt).toLocaleString('en-GB')} is kept.
      </p>
      <p className="muted">
        “{summary.title || 'Untitled'}”: {summary.preambular} preambular and {summary.operative} operative paragraphs.
      </p>
    </Modal>
  );
}
