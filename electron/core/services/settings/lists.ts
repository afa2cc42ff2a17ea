import { deskError } from '../../../../shared/errors';
import type { Lists, Rank } from '../../../../shared/settings/schemas';
import type { CoreContext } from '../../context';
import {
  attributeUserCounts,
  rankHolderCounts,
  replaceRanks,
  replaceUnitAttributes,
  selectLists,
} from '../../db/repositories/lists';
import { recordAction } from '../audit/actions';

/** The editable lists of the 设置 screen: ranks (职级) and unit attributes (单位属性). */
export function getLists(ctx: CoreContext): Promise<Lists> {
  return selectLists(ctx.db);
}

/** Trims every name and refuses blanks and duplicates, naming the list and the item. */
function cleanNames(names: string[], listName: '职级' | '单位属性'): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  names.forEach((raw, i) => {
    const name = raw.trim();
    if (name.length === 0) {
      throw deskError('LIST_ITEM_EMPTY.at', { list: listName, row: i + 1 });
    }
    if (seen.has(name)) {
      throw deskError('LIST_ITEM_DUPLICATE.named', { list: listName, name });
    }
    seen.add(name);
    out.push(name);
  });
  return out;
}

/**
 * Replaces the rank list (order as given). A rank somebody still holds cannot
 * be dropped: the admin changes those people's rank first. Renaming is a drop
 * plus an add, so the same rule applies.
 */
export async function saveRanks(ctx: CoreContext, ranks: Rank[]): Promise<Lists> {
  const names = cleanNames(
    ranks.map((r) => r.name),
    '职级',
  );
  const next: Rank[] = ranks.map((r, i) => ({ name: names[i]!, takesPart: r.takesPart }));
  return ctx.db.transaction(async (trx) => {
    const before = await selectLists(trx);
    const dropped = before.ranks.map((r) => r.name).filter((n) => !names.includes(n));
    const held = await rankHolderCounts(trx, dropped);
    const [first] = held;
    if (first) {
      const [name, count] = first;
      throw deskError('LIST_ITEM_IN_USE.rank', { name, count, others: held.size - 1 });
    }
    await replaceRanks(trx, next);
    const after = await selectLists(trx);
    await recordAction(trx, ctx, { action: 'lists.saveRanks', entity: 'lists', entityId: null, before: before.ranks, after: after.ranks });
    return after;
  });
}

/** Replaces the unit attribute list (order as given). An attribute some unit still carries cannot be dropped. */
export async function saveUnitAttributes(ctx: CoreContext, attributes: string[]): Promise<Lists> {
  const names = cleanNames(attributes, '单位属性');
  return ctx.db.transaction(async (trx) => {
    const before = await selectLists(trx);
    const dropped = before.unitAttributes.filter((n) => !names.includes(n));
    const used = await attributeUserCounts(trx, dropped);
    const [first] = used;
    if (first) {
      const [name, count] = first;
      throw deskError('LIST_ITEM_IN_USE.unitAttribute', { name, count, others: used.size - 1 });
    }
    await replaceUnitAttributes(trx, names);
    const after = await selectLists(trx);
    await recordAction(trx, ctx, {
      action: 'lists.saveUnitAttributes',
      entity: 'lists',
      entityId: null,
      before: before.unitAttributes,
      after: after.unitAttributes,
    });
    return after;
  });
}
