import { useSlateSelector, useSlateStatic } from 'slate-react';
import type { CommandId } from '../../shared/commands/catalog';
import { commands } from '../commands/registry';
import { infoOf, shortcutLabel } from '../commands/shortcuts';

interface Props {
  id: CommandId;
  /** short text for the toolbar; the catalog label is the tooltip */
  text?: string;
}

/** A toolbar button viewing one registry entry; re-renders only when its enabled state flips. */
export function CommandButton({ id, text }: Props) {
  const editor = useSlateStatic();
  const enabled = useSlateSelector((e) => commands[id].isEnabled(e));
  const info = infoOf(id);
  const keys = shortcutLabel(info.shortcut);
  return (
    <button
      type="button"
      className="tool"
      data-command={id}
      disabled={!enabled}
      title={keys ? `${info.label} (${keys})` : info.label}
      // mousedown, not click: the editor keeps its selection
      onMouseDown={(event) => {
        event.preventDefault();
        void commands[id].run(editor);
      }}
    >
      {text ?? info.label}
    </button>
  );
}
