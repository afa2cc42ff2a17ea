import os from 'node:os';
import { version } from '../../package.json';
import type { ApiResult } from '../../shared/result';
import type { DeskInfo } from '../../shared/schemas';
import { clockFromEnv, type Clock } from './clock';
import type { CoreContext } from './context';
import { startupBackups, withBackupHint } from './backup/startup';
import { openDatabase } from './db/open';
import { dispatch } from './dispatch';
import { cleanTransferFolders } from './files/cleanup';
import { defaultDataDir, deskPaths } from './paths';

export interface OpenDeskOptions {
  /** The data folder; defaults to XUEFA_DATA_DIR or the OS's per-user folder. */
  dataDir?: string;
  /** A database file elsewhere (the CLI's --db). */
  databaseFile?: string;
  mode: DeskInfo['mode'];
  clock?: Clock;
  actor?: string;
}

/** An open desk: the core behind one window, one browser-mode host or one CLI run. */
export interface Desk {
  ctx: CoreContext;
  /** A contract call, exactly as a transport makes it. */
  call(method: unknown, args: unknown): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
  backupBeforeMigrate: string | null;
}

export async function openDesk(opts: OpenDeskOptions): Promise<Desk> {
  const clock = opts.clock ?? clockFromEnv();
  const paths = deskPaths(opts.dataDir ?? defaultDataDir(), opts.databaseFile);
  const opened = await openDatabase(paths.databaseFile, paths.backupsDir, clock.now()).catch(async (e: unknown) => {
    throw await withBackupHint(e, paths);
  });
  await cleanTransferFolders(paths.dataDir);
  // A daily backup that cannot be written (disk full) must not keep the admin from working.
  await startupBackups(opened.db, paths, clock.now()).catch((e: unknown) => console.error('[xuefa] daily backup failed:', e));
  const ctx: CoreContext = {
    db: opened.db,
    clock,
    actor: opts.actor ?? currentUser(),
    mode: opts.mode,
    paths,
    schemaVersion: opened.schemaVersion,
    appVersion: version,
  };
  return {
    ctx,
    call: (method, args) => dispatch(ctx, method, args),
    // The connection a restore reopened, when there was one: always the current ctx.db.
    close: () => ctx.db.destroy(),
    backupBeforeMigrate: opened.backupBeforeMigrate,
  };
}

function currentUser(): string {
  try {
    return os.userInfo().username || '管理员';
  } catch {
    return '管理员';
  }
}
