import type { CoreContext } from '../context';

// Contract-first placeholder: replaced by the demo data generator.
export async function generateDemo(_ctx: CoreContext, _opts: { units: number; staff: number }): Promise<{ units: number; staff: number }> {
  throw new Error('not implemented');
}
