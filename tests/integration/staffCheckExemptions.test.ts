import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import type { ExemptionDetail } from '../../shared/exemptions/schemas';
import { pngBytes } from '../helpers/evidenceFiles';
import { apply, approve, attach, person } from '../helpers/exemptionFixtures';
import { unit } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';

/** 免考情形变动 in the yearly check: read from the person's applications for the year. */

let desk: Desk;
let unitId: number;
useTempDesk(async (open) => {
  ({ desk } = open);
  unitId = (await unit(desk, '汨罗市司法局')).id;
}, { at: '2024-10-10T09:00:00+08:00' });

async function exemptionItem(staffId: number, year = 2024): Promise<{ changed: boolean; detail: string | null }> {
  const r = await call(desk, 'staff.checkReport', { id: staffId, year });
  const found = r.items.find((i) => i.key === 'exemptionChange')!;
  return { changed: found.changed, detail: found.detail };
}

/** An illness application with its evidence, ready to approve. */
async function illness(staffId: number, extra: Record<string, unknown> = {}): Promise<ExemptionDetail> {
  const a = await apply(desk, staffId, 'illness', extra);
  await attach(desk, a.id, '诊断证明.png', pngBytes(4, 4));
  return a;
}

describe('staff.checkReport: 免考情形变动', () => {
  it('reports no change without an application, nor while one waits for a decision', async () => {
    const s = await person(desk, unitId, '张三', '19850312', 123);
    expect(await exemptionItem(s.id)).toEqual({ changed: false, detail: null });
    await illness(s.id);
    expect(await exemptionItem(s.id)).toEqual({ changed: false, detail: null });
  });

  it('reports an approval with its date and ground', async () => {
    const s = await person(desk, unitId, '张三', '19850312', 123);
    await approve(desk, (await illness(s.id)).id, '2024-08-25');
    expect(await exemptionItem(s.id)).toEqual({ changed: true, detail: '2024-08-25 批准免考（重大疾病）' });
  });

  it('reports an approval and its revocation, oldest first', async () => {
    const s = await person(desk, unitId, '张三', '19850312', 123);
    const a = await illness(s.id);
    await approve(desk, a.id, '2024-08-25');
    await call(desk, 'exemptions.revoke', { id: a.id, revokedOn: '2024-10-02', reason: '病愈，本人申请参加考试' });
    expect(await exemptionItem(s.id)).toEqual({ changed: true, detail: '2024-08-25 批准免考（重大疾病）；2024-10-02 撤销免考' });
  });

  it('reports a rejection, and a withdrawn application that was never approved', async () => {
    const s = await person(desk, unitId, '李四', '19900704', 246);
    const first = await apply(desk, s.id, 'maternity');
    await call(desk, 'exemptions.decide', { id: first.id, decision: 'rejected', decidedOn: '2024-08-26' });
    const second = await apply(desk, s.id, 'maternity', { appliedOn: '2024-09-01', reviewedOn: null });
    await call(desk, 'exemptions.revoke', { id: second.id, revokedOn: '2024-09-05', reason: '材料不全，本人撤回' });
    expect(await exemptionItem(s.id)).toEqual({
      changed: true,
      detail: '2024-08-26 不予批准免考（正在休产假）；2024-09-05 撤回免考申请（正在休产假，未经批准）',
    });
  });

  it("counts the application's own year only, not another year's", async () => {
    const s = await person(desk, unitId, '张三', '19850312', 123);
    await approve(desk, (await illness(s.id, { year: 2025 })).id, '2024-09-20');
    expect(await exemptionItem(s.id, 2024)).toEqual({ changed: false, detail: null });
    expect(await exemptionItem(s.id, 2025)).toEqual({ changed: true, detail: '2024-09-20 批准免考（重大疾病）' });
  });
});
