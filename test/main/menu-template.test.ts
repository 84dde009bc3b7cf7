import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/main/menu-template';
import { acceleratorOf, catalog, commandIds, type CommandId } from '../../shared/commands/catalog';

const items = (template: MenuItemConstructorOptions[]) =>
  template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'])('on %s holds every catalog command exactly once, and a click sends its id', (platform) => {
    const sent: CommandId[] = [];
    const template = menuTemplate((id) => sent.push(id), platform);
    const commands = items(template).filter((item) => item.id !== undefined);
    expect(commands.map((item) => item.id).sort()).toEqual([...commandIds].sort());
    for (const item of commands) (item.click as () => void)();
    expect(sent).toEqual(commands.map((item) => item.id));
  });

  it('shows each shortcut without registering it (the page owns the keys)', () => {
    for (const item of items(menuTemplate(() => undefined, 'linux'))) {
      if (item.id === undefined) continue;
      const info = catalog[item.id as CommandId];
      if ('shortcut' in info) {
        expect(item.accelerator, item.id).toBe(acceleratorOf(info.shortcut));
        expect(item.registerAccelerator, item.id).toBe(false);
      } else {
        expect(item.accelerator, item.id).toBeUndefined();
      }
    }
  });

  it('puts commands under their menu, in catalog order, with separators where asked', () => {
    const file = menuTemplate(() => undefined, 'linux').find((menu) => menu.label === '&File');
    const labels = (file?.submenu as MenuItemConstructorOptions[]).map((item) => item.label ?? item.type ?? item.role);
    expect(labels).toEqual(['New…', 'Open…', 'separator', 'Save', 'Save As…', 'separator', 'Import…', 'Export…', 'separator', 'quit']);
  });

  it('adds the macOS application menu only on macOS', () => {
    expect(menuTemplate(() => undefined, 'darwin')[0]).toEqual({ role: 'appMenu' });
    expect(menuTemplate(() => undefined, 'linux')[0]?.label).toBe('&File');
  });
});
