import type { Knex } from 'knex';
import * as m20261124090000 from './20261124090000_units_staff_audit';
import * as m20261124100000 from './20261124100000_lists_and_checks';
import * as m20261124110000 from './20261124110000_staff_indexes';
import * as m20261125090000 from './20261125090000_import_mappings';
import * as m20261126090000 from './20261126090000_year_work';
import * as m20261126110000 from './20261126110000_exemption_evidence';
import * as m20261126120000 from './20261126120000_booking_desk';
import * as m20261126100000 from './20261126100000_transfers';
import * as m20261126130000 from './20261126130000_backup_settings';
import * as m20261127090000 from './20261127090000_drop_staff_name_index';
import * as m20261202090000 from './20261202090000_staff_id_number_index';
import * as m20261207090000 from './20261207090000_exemption_evasion';
import * as m20261207091000 from './20261207091000_retirement_settlements';

/**
 * Every migration, oldest first. Forward-only: a landed migration is never
 * edited; a change is a new file with a later timestamp, appended here.
 * Listed explicitly (not read from disk) so the bundled app, the CLI and the
 * tests run exactly the same set.
 */
export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
}

export const migrations: Migration[] = [
  { name: '20261124090000_units_staff_audit', up: m20261124090000.up },
  { name: '20261124100000_lists_and_checks', up: m20261124100000.up },
  { name: '20261124110000_staff_indexes', up: m20261124110000.up },
  { name: '20261125090000_import_mappings', up: m20261125090000.up },
  { name: '20261126090000_year_work', up: m20261126090000.up },
  { name: '20261126110000_exemption_evidence', up: m20261126110000.up },
  { name: '20261126120000_booking_desk', up: m20261126120000.up },
  { name: '20261126100000_transfers', up: m20261126100000.up },
  { name: '20261126130000_backup_settings', up: m20261126130000.up },
  { name: '20261127090000_drop_staff_name_index', up: m20261127090000.up },
  { name: '20261202090000_staff_id_number_index', up: m20261202090000.up },
  { name: '20261207090000_exemption_evasion', up: m20261207090000.up },
  { name: '20261207091000_retirement_settlements', up: m20261207091000.up },
];

/** knex's migrator fed from the list above. */
export function migrationSource(list: Migration[] = migrations): Knex.MigrationSource<Migration> {
  return {
    getMigrations: async () => list,
    getMigrationName: (m) => m.name,
    getMigration: async (m) => ({
      up: m.up,
      down: async () => {
        throw new Error('migrations are forward-only');
      },
    }),
  };
}
