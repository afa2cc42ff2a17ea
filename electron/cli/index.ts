#!/usr/bin/env node
import { keepNewFilesPrivate } from '../core/files/privateFiles';
import { runCli } from './run';

keepNewFilesPrivate();

const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
});
process.exitCode = code;
