import { catalog, commandIds, type CommandId, type CommandInfo, type Shortcut } from '../../shared/commands/catalog';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** True when the key event is the shortcut (Ctrl, or Cmd on macOS, for `mod`). */
export function matchesShortcut(shortcut: Shortcut, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (Boolean(shortcut.mod) !== mod || Boolean(shortcut.shift) !== event.shiftKey || Boolean(shortcut.alt) !== event.altKey) return false;
  return shortcut.key.length === 1 ? event.key.toLowerCase() === shortcut.key.toLowerCase() : event.key === shortcut.key;
}

/** The catalog entry seen through its interface (the `as const` entries differ in shape). */
export const infoOf = (id: CommandId): CommandInfo => catalog[id];

export const shortcutOf = (id: CommandId): Shortcut | undefined => infoOf(id).shortcut;

/** The command whose shortcut the event is, if any. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): CommandId | null {
  for (const id of commandIds) {
    const shortcut = shortcutOf(id);
    if (shortcut && matchesShortcut(shortcut, event)) return id;
  }
  return null;
}

/** "Ctrl+Shift+S", "Alt+Shift+↑" for menus and the palette. */
export function shortcutLabel(shortcut: Shortcut | undefined): string {
  if (!shortcut) return '';
  const keys: string[] = [];
  if (shortcut.mod) keys.push(isMac ? '⌘' : 'Ctrl');
  if (shortcut.alt) keys.push('Alt');
  if (shortcut.shift) keys.push('Shift');
  const arrows: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };
  keys.push(arrows[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key));
  return keys.join('+');
}
