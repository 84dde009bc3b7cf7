import type { Command } from '../../commands/command';
import { useAppStore } from '../../state/store';
import { useNegotiationView, type NegotiationTab } from './store';
import { updatePreferences } from './use-preferences';

const PANEL = 'negotiation';

const openTab = (tab: NegotiationTab) => {
  useNegotiationView.getState().setTab(tab);
  useAppStore.getState().showPanel(PANEL);
};

/** Negotiate → Track changes: records edits as tracked changes by the author in the preferences. */
export const trackChanges: Command = {
  id: 'negotiate.trackChanges',
  isEnabled: () => true,
  run: async () => {
    const on = !useAppStore.getState().preferences.trackChanges;
    await updatePreferences({ trackChanges: on });
    useAppStore.getState().setStatus({ kind: 'info', text: on ? 'Track changes is on' : 'Track changes is off' });
  },
};

/** Negotiate → Save named revision…: the Revisions tab, where the label is suggested. */
export const newRevision: Command = { id: 'negotiate.newRevision', isEnabled: () => true, run: () => openTab('revisions') };

/** Negotiate → Compare revisions…: the Compare tab. */
export const compareRevisions: Command = { id: 'negotiate.compare', isEnabled: () => true, run: () => openTab('compare') };

export const negotiationCommands: Command[] = [trackChanges, newRevision, compareRevisions];
export const NEGOTIATION_PANEL = PANEL;
