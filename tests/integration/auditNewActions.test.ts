import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { changeLine } from '../../shared/rules/auditChanges';
import { pngBytes } from '../helpers/evidenceFiles';
import { apply, approve, attach, person } from '../helpers/exemptionFixtures';
import { unit } from '../helpers/staffFixtures';
import { call } from '../helpers/tempDesk';
import { useTempDesk } from '../helpers/deskFixture';

/** The 操作记录 of 免考管理 and 年度规则, read back through audit.kinds and audit.search. */

let desk: Desk;
useTempDesk((open) => {
  ({ desk } = open);
}, { at: '2024-10-10T09:00:00+08:00' });

describe('操作记录 of the newer work', () => {
  it('names every kind in Chinese and shows what each entry changed', async () => {
    const unitId = (await unit(desk, '汨罗市司法局')).id;
    const s = await person(desk, unitId, '张三', '19850312', 123);
    const a = await apply(desk, s.id, 'illness');
    await attach(desk, a.id, '诊断证明.png', pngBytes(4, 4));
    await approve(desk, a.id, '2024-08-25');
    await call(desk, 'exemptions.revoke', { id: a.id, revokedOn: '2024-10-02', reason: '病愈' });
    await call(desk, 'years.copy', { from: 2024, to: 2025 });

    const kinds = await call(desk, 'audit.kinds', {});
    expect(Object.fromEntries(kinds.map((k) => [k.action, k.label]))).toEqual({
      'unit.create': '新建单位',
      'staff.create': '新增学员',
      'exemption.create': '免考申请',
      'exemption.evidence.add': '添加证明材料',
      'exemption.approve': '批准免考',
      'exemption.revoke': '撤销免考',
      'year.copy': '复制年度规则',
    });

    const page = await call(desk, 'audit.search', { actions: ['exemption.evidence.add', 'exemption.approve', 'exemption.revoke'] });
    const shown = Object.fromEntries(page.rows.map((r) => [r.actionLabel, { subject: r.subject, changes: r.changes.map(changeLine) }]));
    expect(shown['添加证明材料']).toMatchObject({ subject: expect.stringContaining('张三') as unknown, changes: expect.arrayContaining(['材料名称：诊断证明.png', '文件类型：PNG 图片']) as unknown });
    expect(shown['批准免考']?.changes).toEqual(['审批状态：待审批 → 已批准', '审批日期：2024-08-25']);
    expect(shown['撤销免考']?.changes).toEqual(['审批状态：已批准 → 已撤销', '撤销日期：2024-10-02', '撤销原因：病愈']);
  });
});
