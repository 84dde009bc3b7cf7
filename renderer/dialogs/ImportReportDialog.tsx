import type { ImportReport } from '../../shared/ipc/contract';
import { Modal } from './Modal';

/** After an import: what was recognized and anything uncertain, so the delegate knows what to check. */
export function ImportReportDialog({ name, report, onClose }: { name: string; report: ImportReport; onClose: () => void }) {
  return (
    <Modal title={`Imported ${name}`} onClose={onClose} wide actions={<button type="button" className="primary" onClick={onClose}>OK</button>}>
      <p>
        Read as <strong>{report.format}</strong>. The document is not saved yet.
      </p>
      <h3>Recognized</h3>
      <ul className="report-list">
        {report.recognized.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <h3>Warnings</h3>
      {report.warnings.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="report-list warnings">
          {report.warnings.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
