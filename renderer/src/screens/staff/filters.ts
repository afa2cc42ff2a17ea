import type { StaffSearch, StaffStatus } from '../../../../shared/staff/schemas';

/** What the admin has chosen above the roster. */
export interface StaffFilters {
  query: string;
  unitId: number | null;
  includeSubunits: boolean;
  /** With a unit: the people transferred out of it (调出人员) instead of those in it. */
  movedOut: boolean;
  status: StaffStatus | null;
  rank: string | null;
  /** null: 全部; true: 已核对; false: 未核对 (for `year`). */
  checked: boolean | null;
  /** Only 到龄未退: 在职 past their retirement date as of the planning date. */
  overdueRetirement: boolean;
  year: number;
}

export function initialFilters(year: number, overdueRetirement = false): StaffFilters {
  return { query: '', unitId: null, includeSubunits: true, movedOut: false, status: null, rank: null, checked: null, overdueRetirement, year };
}

/** True when something narrows the roster (the year alone does not). */
export function isFiltered(f: StaffFilters): boolean {
  return f.query.trim() !== '' || f.unitId !== null || f.status !== null || f.rank !== null || f.checked !== null || f.overdueRetirement;
}

/** The staff.search arguments for these filters, without the window (offset, limit). */
export function searchArgs(f: StaffFilters): StaffSearch {
  const args: StaffSearch = { year: f.year };
  const query = f.query.trim();
  if (query) args.query = query;
  if (f.unitId !== null) {
    args.unitId = f.unitId;
    args.includeSubunits = f.includeSubunits;
    if (f.movedOut) args.movedOut = true;
  }
  if (f.status !== null) args.status = f.status;
  if (f.rank !== null) args.rank = f.rank;
  if (f.checked !== null) args.checked = f.checked;
  if (f.overdueRetirement) args.overdueRetirement = true;
  return args;
}
