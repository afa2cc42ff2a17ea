/**
 * The names transports agree on, apart from the contract's schemas so that
 * a transport (the renderer's client above all) can use them without
 * building every schema at start-up.
 */

/** The IPC channel every contract call travels on in the desktop app. */
export const IPC_CHANNEL = 'xuefa:call';

/** The desktop app's file channels: an upload into the inbox, and saving an export where the admin chooses. */
export const IPC_UPLOAD_CHANNEL = 'xuefa:upload';
export const IPC_SAVE_CHANNEL = 'xuefa:save-download';
/** The desktop app's open dialog for a backup to restore: the file is read where it lies, the page gets only an id. */
export const IPC_PICK_BACKUP_CHANNEL = 'xuefa:pick-backup';

/** The header carrying the per-launch token in browser mode. */
export const TOKEN_HEADER = 'x-xuefa-token';
