import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, catalog, commandIds, type CommandId, type MenuId } from '../../shared/commands/catalog';

const menus: { id: MenuId; label: string }[] = [
  { id: 'file', label: '&File' },
  { id: 'edit', label: '&Edit' },
  { id: 'insert', label: '&Insert' },
  { id: 'format', label: 'F&ormat' },
  { id: 'view', label: '&View' },
  { id: 'negotiate', label: '&Negotiate' },
  { id: 'help', label: '&Help' },
];

/** The operating system's own items, which the page cannot provide (clipboard, quit). */
const systemItems: Partial<Record<MenuId, MenuItemConstructorOptions[]>> = {
  edit: [{ type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  view: [{ type: 'separator' }, { role: 'togglefullscreen' }],
};

/**
 * The menu bar, built from the command catalog. Shortcuts are shown but not registered
 * (registerAccelerator: false): the page's key handling owns them, so menu and keyboard run the same
 * command once. A click sends the command id to the page.
 */
export function menuTemplate(send: (id: CommandId) => void, platform: string): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  for (const menu of menus) {
    const submenu: MenuItemConstructorOptions[] = [];
    for (const id of commandIds.filter((c) => catalog[c].menu === menu.id)) {
      const info = catalog[id];
      if ('separatorBefore' in info && submenu.length > 0) submenu.push({ type: 'separator' });
      submenu.push({
        id,
        label: info.label,
        ...('shortcut' in info ? { accelerator: acceleratorOf(info.shortcut), registerAccelerator: false } : {}),
        click: () => send(id),
      });
    }
    submenu.push(...(systemItems[menu.id] ?? []));
    if (menu.id === 'file' && platform !== 'darwin') submenu.push({ type: 'separator' }, { role: 'quit' });
    if (submenu.length > 0) template.push({ label: menu.label, submenu });
  }
  return template;
}
