import { useAppStore } from '../state/store';
import { always, type Command } from './command';

export const toggleOutline: Command = { id: 'view.outline', isEnabled: always, run: () => useAppStore.getState().toggleOutline() };
