import { useSlateStatic } from 'slate-react';
import { useLaunchFileEvents } from './launch-file';
import { useAutosave } from './use-autosave';
import { useCloseGuard } from './use-close-guard';
import { useDropImport } from './use-drop-import';
import { useMenuCommands } from './use-menu-commands';
import { useStartup } from './use-startup';
import { useWindowKeys } from './use-window-keys';
import { useWindowTitle } from './use-window-title';

/** The document's side effects, each in its own hook; renders nothing. */
export function DocumentLifecycle() {
  const editor = useSlateStatic();
  useStartup();
  useLaunchFileEvents();
  useWindowTitle();
  useAutosave(editor);
  useCloseGuard();
  useDropImport();
  useMenuCommands(editor);
  useWindowKeys(editor);
  return null;
}
