import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'xuefa-desk';
export const DATABASE_FILE = 'xuefa.sqlite';

/**
 * The data folder: XUEFA_DATA_DIR when set, otherwise the OS's per-user
 * application data folder (%APPDATA%\xuefa-desk on Windows). Never the install
 * folder, so updates and uninstalls leave the admin's data alone.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.XUEFA_DATA_DIR) return path.resolve(env.XUEFA_DATA_DIR);
  if (platform === 'win32') {
    const appData = env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), APP_FOLDER);
}

export interface DeskPaths {
  dataDir: string;
  databaseFile: string;
  backupsDir: string;
}

/** Lays out the files of one desk. `databaseFile` may point elsewhere (CLI --db). */
export function deskPaths(dataDir: string, databaseFile?: string): DeskPaths {
  const dbFile = path.resolve(databaseFile ?? path.join(dataDir, DATABASE_FILE));
  const root = databaseFile ? path.dirname(dbFile) : dataDir;
  return { dataDir: root, databaseFile: dbFile, backupsDir: path.join(root, 'backups') };
}
