import { useEffect, useRef, useState } from 'react';
import { useSlateStatic } from 'slate-react';
import { catalog, commandIds, type CommandId, type MenuId } from '../../shared/commands/catalog';
import { commands } from '../commands/registry';
import { infoOf, shortcutLabel } from '../commands/shortcuts';

const MENUS: { id: MenuId; title: string }[] = [
  { id: 'file', title: 'File' },
  { id: 'edit', title: 'Edit' },
  { id: 'insert', title: 'Insert' },
  { id: 'format', title: 'Format' },
  { id: 'view', title: 'View' },
  { id: 'negotiate', title: 'Negotiate' },
  { id: 'help', title: 'Help' },
];

const itemsOf = (menu: MenuId): CommandId[] => commandIds.filter((id) => catalog[id].menu === menu);

/** Browser mode's menubar, drawn from the catalog (the desktop has main's native menu instead). */
export function Menubar() {
  const editor = useSlateStatic();
  const [open, setOpen] = useState<MenuId | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);
  const run = (id: CommandId) => {
    setOpen(null);
    void commands[id].run(editor);
  };
  return (
    <div className="menubar" role="menubar" ref={bar} onKeyDown={(e) => e.key === 'Escape' && setOpen(null)}>
      {MENUS.map((menu) => (
        <div className="menu" key={menu.id}>
          <button
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open === menu.id}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setOpen(open === menu.id ? null : menu.id)}
            onMouseEnter={() => open && setOpen(menu.id)}
          >
            {menu.title}
          </button>
          {open === menu.id ? (
            <ul className="menu-list" role="menu">
              {itemsOf(menu.id).map((id) => {
                const info = infoOf(id);
                return (
                  <li key={id} className={info.separatorBefore ? 'separated' : undefined}>
                    <button type="button" role="menuitem" data-command={id} disabled={!commands[id].isEnabled(editor)} onMouseDown={(e) => e.preventDefault()} onClick={() => run(id)}>
                      <span>{info.label}</span>
                      <kbd>{shortcutLabel(info.shortcut)}</kbd>
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      ))}
    </div>
  );
}
