/**
 * Every command the user can run, as data: label, menu placement and shortcut. Main builds its menu from
 * this; the renderer's registry maps each id to its behaviour; toolbar, palette and keys read both.
 */
export interface Shortcut {
  key: string;
  /** Ctrl on Windows/Linux, Cmd on macOS */
  mod?: true;
  shift?: true;
  alt?: true;
}

export type MenuId = 'file' | 'edit' | 'insert' | 'format' | 'view' | 'negotiate' | 'help';

export interface CommandInfo {
  label: string;
  menu: MenuId;
  shortcut?: Shortcut;
  /** a separator is drawn before this entry in its menu */
  separatorBefore?: true;
}

export const catalog = {
  'file.new': { label: 'New…', menu: 'file', shortcut: { key: 'n', mod: true } },
  'file.open': { label: 'Open…', menu: 'file', shortcut: { key: 'o', mod: true } },
  'file.save': { label: 'Save', menu: 'file', shortcut: { key: 's', mod: true }, separatorBefore: true },
  'file.saveAs': { label: 'Save As…', menu: 'file', shortcut: { key: 's', mod: true, shift: true } },
  'file.import': { label: 'Import…', menu: 'file', shortcut: { key: 'i', mod: true, shift: true }, separatorBefore: true },
  'file.export': { label: 'Export…', menu: 'file', shortcut: { key: 'e', mod: true, shift: true } },
  'edit.undo': { label: 'Undo', menu: 'edit', shortcut: { key: 'z', mod: true } },
  'edit.redo': { label: 'Redo', menu: 'edit', shortcut: { key: 'z', mod: true, shift: true } },
  'paragraph.demote': { label: 'Demote paragraph', menu: 'format', shortcut: { key: 'Tab' } },
  'paragraph.promote': { label: 'Promote paragraph', menu: 'format', shortcut: { key: 'Tab', shift: true } },
  'paragraph.toggleKind': {
    label: 'Convert preambular ↔ operative',
    menu: 'format',
    shortcut: { key: 'k', mod: true, shift: true },
  },
  'paragraph.moveUp': { label: 'Move paragraph up', menu: 'format', shortcut: { key: 'ArrowUp', alt: true, shift: true }, separatorBefore: true },
  'paragraph.moveDown': { label: 'Move paragraph down', menu: 'format', shortcut: { key: 'ArrowDown', alt: true, shift: true } },
  'footnote.insert': { label: 'Footnote…', menu: 'insert', shortcut: { key: 'f', mod: true, alt: true } },
  'view.outline': { label: 'Outline', menu: 'view', shortcut: { key: '1', mod: true, alt: true } },
  'view.footnotes': { label: 'Footnotes', menu: 'view', shortcut: { key: '2', mod: true, alt: true } },
  'view.diagnostics': { label: 'Format checks', menu: 'view', shortcut: { key: '3', mod: true, alt: true } },
  'view.agreedLanguage': { label: 'Agreed language', menu: 'view', shortcut: { key: '4', mod: true, alt: true } },
  'view.negotiation': { label: 'Revisions and proposals', menu: 'view', shortcut: { key: '5', mod: true, alt: true } },
  'agreed.findForParagraph': { label: 'Find agreed language for this paragraph', menu: 'insert', shortcut: { key: 'l', mod: true, shift: true } },
  'negotiate.trackChanges': { label: 'Track changes', menu: 'negotiate', shortcut: { key: 't', mod: true, shift: true } },
  'negotiate.newRevision': { label: 'Save named revision…', menu: 'negotiate' },
  'negotiate.compare': { label: 'Compare revisions…', menu: 'negotiate' },
  'help.about': { label: 'About Penholder', menu: 'help' },
} as const satisfies Record<string, CommandInfo>;

export type CommandId = keyof typeof catalog;
export const commandIds = Object.keys(catalog) as CommandId[];

/** "Ctrl+Shift+S" / "CmdOrCtrl+Shift+S" for Electron's menu. */
export function acceleratorOf(shortcut: Shortcut): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push('CmdOrCtrl');
  if (shortcut.alt) parts.push('Alt');
  if (shortcut.shift) parts.push('Shift');
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key.replace('Arrow', '');
  parts.push(key);
  return parts.join('+');
}
