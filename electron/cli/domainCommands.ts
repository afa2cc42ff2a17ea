import type { ParseArgsConfig } from 'node:util';
import type { Desk } from '../core/desk';
import { bookingsCommand } from './commands/bookings';
import { backupCommands } from './commands/backup';
import type { CliIo } from './io';
import { exemptionsCommand } from './commands/exemptions';
import { verifyCommand } from './commands/verify';

/** The parsed flags every command sees (strings and booleans by name). */
export type CliValues = Record<string, string | boolean | undefined>;

/**
 * A command group of the year's work (`xuefa exemptions …`, `xuefa bookings …`),
 * kept in its own file under electron/cli/commands/ and listed below. Its
 * options join the parser's; its usage lines join USAGE.
 */
export interface OpenDeskCommand {
  /** The first word on the command line. */
  name: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  opensDesk?: true;
  /** True when these arguments only read: the command may then run beside the program holding the desk. */
  readsOnly?(rest: string[], values: CliValues): boolean;
  /** Returns the exit status: 0 done, 1 the desk refused or found problems, 2 usage error. */
  run(desk: Desk, rest: string[], values: CliValues, io: CliIo): Promise<number>;
}

/** Where the desk's files are, from --db / --data-dir, for a command that must not open it first. */
export interface DeskTarget {
  databaseFile?: string;
  dataDir?: string;
}

/** A command that works on a closed desk (restore replaces the database, so nothing may hold it open). */
export interface ClosedDeskCommand {
  name: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  opensDesk: false;
  run(target: DeskTarget, rest: string[], values: CliValues, io: CliIo): Promise<number>;
}

export type DomainCommand = OpenDeskCommand | ClosedDeskCommand;

export const domainCommands: DomainCommand[] = [exemptionsCommand, verifyCommand, bookingsCommand, ...backupCommands];
