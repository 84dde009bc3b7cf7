import { useAppStore } from '../state/store';
import { ExportDialog } from '../features/export/ExportDialog';
import { ImportReportDialog } from './ImportReportDialog';
import { MessageDialog } from './MessageDialog';
import { NewDocumentDialog } from './NewDocumentDialog';
import { OpenDialog } from './OpenDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { SaveAsDialog } from './SaveAsDialog';

/** The dialog the store says is open. */
export function Dialogs() {
  const dialog = useAppStore((s) => s.dialog);
  const close = useAppStore((s) => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'new':
      return <NewDocumentDialog onClose={close} />;
    case 'open':
      return <OpenDialog onClose={close} />;
    case 'saveAs':
      return <SaveAsDialog onClose={close} />;
    case 'export':
      return <ExportDialog onClose={close} />;
    case 'importReport':
      return <ImportReportDialog name={dialog.name} report={dialog.report} onClose={close} />;
    case 'recovery':
      return <RecoveryDialog recovery={dialog.recovery} onClose={close} />;
    case 'message':
      return <MessageDialog title={dialog.title} text={dialog.text} onClose={close} />;
  }
}
