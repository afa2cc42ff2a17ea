/**
 * A child process for the kill tests: performs one backup or restore and
 * exits. The tests set XUEFA_PAUSE_AT to stop it at a named point (or kill it
 * after a delay) and then SIGKILL it.
 *   backupChild.ts cli <xuefa arguments…>        through the CLI (closed desk for restore)
 *   backupChild.ts desk <dataDir> <backup name>  an open desk restoring an automatic backup
 */
import { openDesk } from '../../electron/core/desk';
import { runCli } from '../../electron/cli/run';

const [mode, ...rest] = process.argv.slice(2);
process.stderr.write('XUEFA_STARTED\n');
if (mode === 'cli') {
  process.exitCode = await runCli(rest, { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) });
} else if (mode === 'desk') {
  const desk = await openDesk({ mode: 'cli', dataDir: rest[0], actor: 'kill-test' });
  const r = await desk.call('backup.restore', { source: { kind: 'automatic', name: rest[1] } });
  await desk.close();
  process.stdout.write(`${JSON.stringify(r)}\n`);
  process.exitCode = r.ok ? 0 : 1;
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exitCode = 2;
}
