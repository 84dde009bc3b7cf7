/** Messages main sends to the page (the only ones; requests go the other way through the contract). */
export const MENU_COMMAND = 'menu:command';
export const CLOSE_REQUESTED = 'window:close-requested';
/** a launch handed over a file (second launch, macOS open-file): the page takes it with takeLaunchFile */
export const LAUNCH_FILE = 'app:launch-file';
