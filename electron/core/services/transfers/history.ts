import type { TransferHistoryArgs, TransferPage } from '../../../../shared/transfers/schemas';
import type { CoreContext } from '../../context';
import { countHistory, selectHistory, type HistoryFilter } from '../../db/repositories/transfers';

export const HISTORY_PAGE = 100;

/**
 * The one history of transfers. Asked about a unit, it lists what came in
 * and what went out (or one of the two), each with its direction as that
 * unit sees it; undone transfers stay listed, marked.
 */
export async function transferHistory(ctx: CoreContext, args: TransferHistoryArgs): Promise<TransferPage> {
  const filter: HistoryFilter = {
    unitId: args.unitId ?? null,
    includeSubunits: args.includeSubunits ?? true,
    staffId: args.staffId ?? null,
    direction: args.direction ?? 'all',
    includeUndone: args.includeUndone ?? true,
  };
  const offset = args.offset ?? 0;
  return ctx.db.transaction(async (trx) => {
    const total = await countHistory(trx, filter);
    const rows = total > offset ? await selectHistory(trx, filter, offset, args.limit ?? HISTORY_PAGE) : [];
    return { total, offset, rows };
  });
}
