import type { StateCreator } from 'zustand';
import { Preferences } from '../../../shared/settings/preferences';
import type { AppState } from '../store';

export interface PrefsSlice {
  preferences: Preferences;
  setPreferences: (preferences: Preferences) => void;
}

export const createPrefsSlice: StateCreator<AppState, [], [], PrefsSlice> = (set) => ({
  preferences: Preferences.parse({}),
  setPreferences: (preferences) => set({ preferences }),
});
