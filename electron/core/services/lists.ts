import type { Lists, Rank } from '../../../shared/schemas';
import type { CoreContext } from '../context';

// Contract-first placeholders: replaced by the real lists service.
export async function getLists(_ctx: CoreContext): Promise<Lists> {
  throw new Error('not implemented');
}
export async function saveRanks(_ctx: CoreContext, _ranks: Rank[]): Promise<Lists> {
  throw new Error('not implemented');
}
export async function saveUnitAttributes(_ctx: CoreContext, _attributes: string[]): Promise<Lists> {
  throw new Error('not implemented');
}
