import { useEffect } from 'react';
import { api } from '../api';
import { useAppStore } from '../state/store';
import { openLaunchFile } from './launch-file';

let started = false;

/**
 * Once per window: load preferences, and offer the text an earlier session left in the recovery file; without
 * one, open the file the app was launched with. (With one, the recovered text comes first: the launch file
 * stays unopened rather than replace it unasked.)
 */
export function useStartup(): void {
  useEffect(() => {
    if (started) return;
    started = true;
    void api.getPreferences({}).then((result) => {
      if (result.ok) useAppStore.getState().setPreferences(result.value);
    });
    void api.takeRecovery({}).then((result) => {
      if (result.ok && result.value.recovery) useAppStore.getState().openDialog({ kind: 'recovery', recovery: result.value.recovery });
      else void openLaunchFile();
    });
  }, []);
}
