import { useEffect } from 'react';
import type { Editor } from 'slate';
import { api } from '../api';
import { commands } from '../commands/registry';

/** Clicks in main's native menu arrive as command ids and run the same registry entries. */
export function useMenuCommands(editor: Editor): void {
  useEffect(
    () =>
      api.onMenuCommand((id) => {
        const command = commands[id];
        if (command.isEnabled(editor)) void command.run(editor);
      }),
    [editor],
  );
}
