import type { Desk } from '../../electron/core/desk';

/** Year-work rows written straight into their tables, for hand-built years in tests. */
const at = '2024-09-01T00:00:00.000Z';

export async function exemption(desk: Desk, staffId: number, status: 'draft' | 'approved' | 'rejected' | 'revoked', year = 2024): Promise<void> {
  await desk.ctx.db('exemptions').insert({ staff_id: staffId, year, ground: 'illness', status, created_at: at, updated_at: at });
}

export async function credits(desk: Desk, staffId: number, compulsory: number, elective: number, year = 2024): Promise<void> {
  await desk.ctx.db('credits').insert({ staff_id: staffId, year, compulsory, elective, as_of: '2024-10-01', imported_at: at });
}

export async function booking(
  desk: Desk,
  staffId: number,
  b: { kind?: 'regular' | 'makeup'; status?: 'booked' | 'cancelled'; outcome?: 'passed' | 'failed' | 'absent' | null; at?: string },
  year = 2024,
): Promise<void> {
  await desk.ctx.db('bookings').insert({
    staff_id: staffId,
    year,
    session_at: b.at ?? (b.kind === 'makeup' ? '2024-11-27T09:00' : '2024-10-30T09:00'),
    kind: b.kind ?? 'regular',
    status: b.status ?? 'booked',
    outcome: b.outcome ?? null,
    created_at: at,
    updated_at: at,
  });
}
