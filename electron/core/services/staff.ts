import type { CheckReport, Staff, StaffInput, StaffPage, StaffSearch } from '../../../shared/schemas';
import type { CoreContext } from '../context';

// Contract-first placeholders: replaced by the real roster service.
export async function searchStaff(_ctx: CoreContext, _q: StaffSearch): Promise<StaffPage> {
  throw new Error('not implemented');
}
export async function getStaff(_ctx: CoreContext, _id: number, _year: number): Promise<Staff> {
  throw new Error('not implemented');
}
export async function createStaff(_ctx: CoreContext, _input: StaffInput, _year: number): Promise<Staff> {
  throw new Error('not implemented');
}
export async function updateStaff(_ctx: CoreContext, _id: number, _input: StaffInput, _year: number): Promise<Staff> {
  throw new Error('not implemented');
}
export async function markChecked(_ctx: CoreContext, _ids: number[], _year: number, _checked: boolean): Promise<{ changed: number }> {
  throw new Error('not implemented');
}
export async function checkReport(_ctx: CoreContext, _id: number, _year: number): Promise<CheckReport> {
  throw new Error('not implemented');
}
