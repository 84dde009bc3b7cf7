// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { catalog, commandIds } from '../../shared/commands/catalog';
import { commands } from '../../renderer/commands/registry';
import { commandForKey, shortcutLabel, shortcutOf } from '../../renderer/commands/shortcuts';

const keyEvent = (key: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('command registry', () => {
  it('maps every catalog command to its behaviour under the same id', () => {
    expect(Object.keys(commands).sort()).toEqual([...commandIds].sort());
    for (const id of commandIds) expect(commands[id].id).toBe(id);
  });

  it('gives every shortcut to exactly one command', () => {
    for (const id of commandIds) {
      const shortcut = shortcutOf(id);
      if (!shortcut) continue;
      const typed = shortcut.key.length === 1 && shortcut.shift ? shortcut.key.toUpperCase() : shortcut.key;
      expect(commandForKey(keyEvent(typed, { ctrl: shortcut.mod, shift: shortcut.shift, alt: shortcut.alt })), id).toBe(id);
    }
  });

  it.each([
    [keyEvent('Tab'), 'paragraph.demote'],
    [keyEvent('Tab', { shift: true }), 'paragraph.promote'],
    [keyEvent('ArrowUp', { alt: true, shift: true }), 'paragraph.moveUp'],
    [keyEvent('ArrowDown', { alt: true, shift: true }), 'paragraph.moveDown'],
    [keyEvent('z', { ctrl: true }), 'edit.undo'],
    [keyEvent('Z', { ctrl: true, shift: true }), 'edit.redo'],
    [keyEvent('S', { ctrl: true, shift: true }), 'file.saveAs'],
    [keyEvent('s', { ctrl: true, alt: true }), null],
    [keyEvent('ArrowUp', { alt: true }), null],
  ])('%o runs %s', (event, id) => expect(commandForKey(event)).toBe(id));

  it('labels shortcuts the way menus print them', () => {
    expect(shortcutLabel(catalog['paragraph.moveUp'].shortcut)).toBe('Alt+Shift+↑');
    expect(shortcutLabel(catalog['file.saveAs'].shortcut)).toBe('Ctrl+Shift+S');
    expect(shortcutLabel(undefined)).toBe('');
  });
});
