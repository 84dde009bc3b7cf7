import type { Editor } from 'slate';
import type { CommandId } from '../../shared/commands/catalog';

/** A command's behaviour; its label, menu and shortcut are data in shared/commands/catalog.ts. */
export interface Command {
  id: CommandId;
  isEnabled: (editor: Editor) => boolean;
  run: (editor: Editor) => void | Promise<unknown>;
}

export const always = (): boolean => true;

/** A command whose feature has not landed: shown, disabled. Features replace it via features/commands.ts. */
export const unavailable = (id: CommandId): Command => ({ id, isEnabled: () => false, run: () => undefined });
