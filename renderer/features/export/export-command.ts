import { always, type Command } from '../../commands/command';
import { useAppStore } from '../../state/store';

/** File → Export…: the dialog with the format, the options and a preview of what will be written. */
export const exportCommand: Command = {
  id: 'file.export',
  isEnabled: always,
  run: () => useAppStore.getState().openDialog({ kind: 'export' }),
};
