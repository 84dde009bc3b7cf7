import { useEffect } from 'react';
import { api } from '../api';
import { DOCUMENT_EXTENSION } from './file-names';
import { importDocument } from './import';
import { openDocument } from './open';

/**
 * Opens the file the operating system named: a double-click on a `.penholder.json` or a draft associated with
 * Penholder, a second launch with a file, `npm start -- <file>`. Documents open; drafts are imported.
 */
export async function openLaunchFile(): Promise<boolean> {
  const result = await api.takeLaunchFile({});
  if (!result.ok || !result.value.path) return false;
  const { path } = result.value;
  return path.toLowerCase().endsWith(DOCUMENT_EXTENSION) ? openDocument(path) : importDocument({ path });
}

/** While the app runs, main announces files handed over by later launches. */
export function useLaunchFileEvents(): void {
  useEffect(() => api.onLaunchFile(() => void openLaunchFile()), []);
}
