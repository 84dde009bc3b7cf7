import { Menu, type BrowserWindow } from 'electron';
import { MENU_COMMAND } from './ipc/events';
import { menuTemplate } from './menu-template';

/** Electron wiring: the application menu from the catalog; a click reaches the page as menu:command. */
export function installMenu(window: BrowserWindow): void {
  const send = (id: string) => {
    if (!window.isDestroyed()) window.webContents.send(MENU_COMMAND, id);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform)));
}
