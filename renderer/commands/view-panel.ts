import type { CommandId } from '../../shared/commands/catalog';
import { panels } from '../features/panels';
import { useAppStore } from '../state/store';
import type { Command } from './command';

/** View → <panel>: shows or hides the side panel registered with this command id (disabled until one is). */
export const viewPanel = (id: CommandId): Command => ({
  id,
  isEnabled: () => panels.some((panel) => panel.command === id),
  run: () => {
    const panel = panels.find((p) => p.command === id);
    if (panel) useAppStore.getState().togglePanel(panel.id);
  },
});
