/**
 * The environment variables that exist for tests and development only:
 *
 *   XUEFA_PAUSE_AT      the kill tests stop a backup or restore at a named point (backup/pausePoint.ts)
 *   XUEFA_GATE_WAIT_MS  a shorter wait at the desk's gate before DESK_BUSY (deskLock.ts)
 *   XUEFA_NOW           pins the desk's clock (clock.ts)
 *
 * An installed app ignores them: the Electron shell knows it is packaged
 * (app.isPackaged) and opens the desk with `debugSwitches: false`, which turns
 * them off for the whole process, as the variables themselves are the
 * process's. Browser mode, the command line and the tests honour them.
 */
export const DEBUG_SWITCHES = ['XUEFA_PAUSE_AT', 'XUEFA_GATE_WAIT_MS', 'XUEFA_NOW'] as const;
export type DebugSwitch = (typeof DEBUG_SWITCHES)[number];

let honoured = true;

/** Turns the debug switches on or off for this process (off: an installed app). */
export function honourDebugSwitches(on: boolean): void {
  honoured = on;
}

/** A debug switch's value from the environment; undefined when unset or when this process ignores them. */
export function debugSwitch(name: DebugSwitch, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return honoured ? env[name] : undefined;
}
