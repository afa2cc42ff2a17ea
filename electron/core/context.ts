import type { Knex } from 'knex';
import type { DeskInfo } from '../../shared/settings/schemas';
import type { Clock } from './clock';
import type { DeskPaths } from './paths';

/** What every service gets: the database, the clock, who is acting and where. */
export interface CoreContext {
  db: Knex;
  clock: Clock;
  /** The OS user at the keyboard, written into every audit row. */
  actor: string;
  mode: DeskInfo['mode'];
  paths: DeskPaths;
  schemaVersion: string;
  appVersion: string;
}

/** A query runner: the database or an open transaction. */
export type Executor = Knex | Knex.Transaction;
