import { debugSwitch } from '../debugSwitches';

/**
 * A seam for the kill tests: when XUEFA_PAUSE_AT names this point, the process
 * says so on stderr and waits forever, so a test can kill it exactly there and
 * check that the desk still opens on a whole database. Without the variable
 * (always, outside those tests; always in an installed app, see
 * debugSwitches.ts) it returns at once.
 */
export async function pausePoint(name: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (debugSwitch('XUEFA_PAUSE_AT', env) !== name) return;
  process.stderr.write(`XUEFA_PAUSED ${name}\n`);
  await new Promise<never>(() => setInterval(() => undefined, 60_000));
}
