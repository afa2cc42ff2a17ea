import type { CoreContext } from '../../context';
import { runRosterImport, type ImportOptions, type ImportOutcome } from '../../excel/importRoster';
import { recordImportTransfers } from '../transfers/importTransfers';

/**
 * A roster import as the desk runs it (see runRosterImport): a person whose
 * unit the file changes is moved with a transfer in the one history, exactly
 * as a 调入 on the 人员异动 screen records it.
 */
export function importRoster(ctx: CoreContext, file: string, opts: ImportOptions = {}): Promise<ImportOutcome> {
  return runRosterImport(ctx, file, opts, recordImportTransfers);
}
