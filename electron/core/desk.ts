import os from 'node:os';
import type { Knex } from 'knex';
import { version } from '../../package.json';
import { deskError } from '../../shared/errors';
import type { ApiResult } from '../../shared/result';
import type { DeskInfo } from '../../shared/settings/schemas';
import { clockFromEnv, type Clock } from './clock';
import { honourDebugSwitches } from './debugSwitches';
import type { CoreContext } from './context';
import { startupBackups, withBackupHint } from './backup/startup';
import { deskBusy, isBusy } from './db/busy';
import { connect } from './db/connection';
import { deskInUse, tryLockDesk, type FolderLock, type Program } from './db/folderLock';
import { migrations } from './db/migrations';
import { openDatabase } from './db/open';
import { preflight } from './db/preflight';
import { dispatch } from './dispatch';
import { cleanTransferFolders } from './files/cleanup';
import { tightenDeskFiles } from './files/privateFiles';
import { defaultDataDir, deskPaths, type DeskPaths } from './paths';

export interface OpenDeskOptions {
  /**
   * `write` (the default): the desk is this process's alone; refused with
   * DESK_IN_USE while another program holds it. `read`: for commands that
   * only read; takes the desk when it is free, and otherwise opens beside its
   * holder without migrating, backing up or clearing anything.
   */
  access?: 'write' | 'read';
  /** The desk's lock, already taken by the caller (a restore on a closed desk); the desk releases it on close. */
  lock?: FolderLock;
  /** The data folder; defaults to XUEFA_DATA_DIR or the OS's per-user folder. */
  dataDir?: string;
  /** A database file elsewhere (the CLI's --db). */
  databaseFile?: string;
  mode: DeskInfo['mode'];
  clock?: Clock;
  actor?: string;
  /**
   * False in an installed app: the environment's test switches
   * (debugSwitches.ts) are ignored from then on in this process.
   */
  debugSwitches?: boolean;
}

/** An open desk: the core behind one window, one browser-mode host or one CLI run. */
export interface Desk {
  ctx: CoreContext;
  /** A contract call, exactly as a transport makes it. */
  call(method: unknown, args: unknown): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
  /** False for a reader opened beside the program that holds the desk. */
  holdsLock: boolean;
  backupBeforeMigrate: string | null;
}

export async function openDesk(opts: OpenDeskOptions): Promise<Desk> {
  if (opts.debugSwitches === false) honourDebugSwitches(false);
  const clock = opts.clock ?? clockFromEnv();
  const paths = deskPaths(opts.dataDir ?? defaultDataDir(), opts.databaseFile);
  const lock = opts.lock ?? (await lockDesk(paths.databaseFile, opts.mode));
  if (!lock) {
    if (opts.access !== 'read') throw deskInUse(paths.databaseFile);
    return openBeside(opts, paths, clock);
  }
  try {
    return await openHeld(opts, paths, clock, lock);
  } catch (e) {
    await lock.release();
    // A reader beside the desk (another process's backup) kept it busy past the timeout.
    throw isBusy(e) ? deskBusy() : e;
  }
}

async function openHeld(opts: OpenDeskOptions, paths: DeskPaths, clock: Clock, lock: FolderLock): Promise<Desk> {
  tightenDeskFiles(paths, opts.databaseFile === undefined);
  const opened = await openDatabase(paths.databaseFile, paths.backupsDir, clock.now()).catch(async (e: unknown) => {
    throw await withBackupHint(e, paths);
  });
  try {
    await cleanTransferFolders(paths.dataDir);
  } catch (e) {
    await opened.db.destroy();
    throw e;
  }
  // A daily backup that cannot be written (disk full) must not keep the admin from working.
  await startupBackups(opened.db, paths, clock.now()).catch((e: unknown) => console.error('[xuefa] daily backup failed:', e));
  return deskOn(opts, paths, clock, opened.db, opened.schemaVersion, opened.backupBeforeMigrate, lock);
}

/**
 * A reader beside the program that holds the desk: the database as it is,
 * with no migration (a desk that needs one is refused), no start-up backups
 * and no clean-up, all of which are the holder's.
 */
async function openBeside(opts: OpenDeskOptions, paths: DeskPaths, clock: Clock): Promise<Desk> {
  const before = await preflight(paths.databaseFile).catch(async (e: unknown) => {
    throw await withBackupHint(e, paths);
  });
  const pending = migrations.filter((m) => !before.applied.includes(m.name));
  if (before.fresh || pending.length > 0) throw deskError('DESK_NEEDS_UPGRADE.file', { file: paths.databaseFile });
  const db = connect(paths.databaseFile, { immediate: false });
  return deskOn(opts, paths, clock, db, migrations[migrations.length - 1]!.name, null, null);
}

function deskOn(opts: OpenDeskOptions, paths: DeskPaths, clock: Clock, db: Knex, schemaVersion: string, backupBeforeMigrate: string | null, lock: FolderLock | null): Desk {
  const ctx: CoreContext = {
    db,
    clock,
    actor: opts.actor ?? currentUser(),
    mode: opts.mode,
    paths,
    schemaVersion,
    appVersion: version,
  };
  let closing: Promise<void> | null = null;
  return {
    ctx,
    call: (method, args) => dispatch(ctx, method, args),
    // The connection a restore reopened, when there was one: always the current ctx.db.
    close: () =>
      (closing ??= (async () => {
        try {
          await ctx.db.destroy();
        } finally {
          await lock?.release();
        }
      })()),
    holdsLock: lock !== null,
    backupBeforeMigrate,
  };
}

/** Takes the desk's lock for this program; null when another holds it. */
export function lockDesk(databaseFile: string, program: Program): Promise<FolderLock | null> {
  return tryLockDesk(databaseFile, program);
}

function currentUser(): string {
  try {
    return os.userInfo().username || '管理员';
  } catch {
    return '管理员';
  }
}
