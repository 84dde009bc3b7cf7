import { useAppStore } from '../state/store';
import { always, type Command } from './command';

/** File → New: the template dialog (GA plenary, Main Committee, ECOSOC, HRC, Security Council, CCPCJ). */
export const newDocument: Command = {
  id: 'file.new',
  isEnabled: always,
  run: () => useAppStore.getState().openDialog({ kind: 'new' }),
};
