import type { Preferences } from '../../../shared/settings/preferences';
import { api } from '../../api';
import { useAppStore } from '../../state/store';

/** Changes a preference now and has main keep it (author name, Track changes). */
export async function updatePreferences(change: Partial<Preferences>): Promise<void> {
  const store = useAppStore.getState();
  const next = { ...store.preferences, ...change };
  store.setPreferences(next);
  const saved = await api.setPreferences(next);
  if (!saved.ok) store.setStatus({ kind: 'error', text: `The preference could not be saved: ${saved.error}` });
}
