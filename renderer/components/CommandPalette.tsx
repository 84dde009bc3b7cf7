import { useMemo, useState } from 'react';
import { useSlateStatic } from 'slate-react';
import { catalog, commandIds, type CommandId } from '../../shared/commands/catalog';
import { commands } from '../commands/registry';
import { infoOf, shortcutLabel } from '../commands/shortcuts';
import { useAppStore } from '../state/store';

/** Ctrl+Shift+P: every command by name; Enter runs the highlighted one. */
export function CommandPalette() {
  const editor = useSlateStatic();
  const setOpen = useAppStore((s) => s.setPaletteOpen);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return commandIds.filter((id) => {
      const haystack = `${catalog[id].label} ${catalog[id].menu} ${id}`.toLowerCase();
      return words.every((w) => haystack.includes(w)) && commands[id].isEnabled(editor);
    });
  }, [query, editor]);
  const run = (id: CommandId | undefined) => {
    setOpen(false);
    if (id) void commands[id].run(editor);
  };
  return (
    <div className="overlay" onMouseDown={() => setOpen(false)}>
      <div className="palette" role="dialog" aria-label="Command palette" onMouseDown={(e) => e.stopPropagation()}>
        <input
          autoFocus
          aria-label="Command"
          placeholder="Type a command…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
            else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') run(matches[active]);
            else return;
            e.preventDefault();
          }}
        />
        <ul>
          {matches.map((id, i) => {
            const info = infoOf(id);
            return (
              <li key={id} className={i === active ? 'active' : undefined}>
                <button type="button" onClick={() => run(id)}>
                  <span>{info.label}</span>
                  <kbd>{shortcutLabel(info.shortcut)}</kbd>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
