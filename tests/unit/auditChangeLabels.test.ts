import { describe, expect, it } from 'vitest';
import { changeLine, describeChanges } from '../../shared/rules/auditChanges';
import { preset2024 } from '../../shared/rules/yearPolicy';

/** What the newer services' audit rows changed, in the admins' words. */

const lines = (...args: Parameters<typeof describeChanges>) => describeChanges(...args).map(changeLine);

const draft = {
  name: '张三',
  staffId: 7,
  year: 2024,
  ground: 'illness',
  status: 'draft',
  appliedOn: '2024-08-20',
  reviewer: '人事科 李科长',
  reviewedOn: '2024-08-22',
  decidedOn: null,
  platformSetOn: null,
  revokedOn: null,
  revokedReason: null,
  notes: null,
};

describe('audit changes of 免考管理', () => {
  it('shows an application, its approval and its revocation with statuses and grounds in words', () => {
    expect(lines('exemption', null, draft, 'exemption.create')).toEqual([
      '姓名：张三',
      '年度：2024',
      '免考情形：重大疾病',
      '审批状态：待审批',
      '申请日期：2024-08-20',
      '审核人：人事科 李科长',
      '审核日期：2024-08-22',
    ]);
    const approved = { ...draft, status: 'approved', decidedOn: '2024-08-25' };
    expect(lines('exemption', draft, approved, 'exemption.approve')).toEqual(['审批状态：待审批 → 已批准', '审批日期：2024-08-25']);
    const revoked = { ...approved, status: 'revoked', revokedOn: '2024-10-02', revokedReason: '病愈' };
    expect(lines('exemption', approved, revoked, 'exemption.revoke')).toEqual(['审批状态：已批准 → 已撤销', '撤销日期：2024-10-02', '撤销原因：病愈']);
  });

  it("names an evidence file by the file's name, kind and size, and says why it went", () => {
    const png = { name: '诊断证明.png', sha256: 'ab12', size: 2048, kind: 'png', removedReason: null, removedNote: null };
    expect(lines('exemption', null, png, 'exemption.evidence.add')).toEqual(['材料名称：诊断证明.png', '文件校验码（SHA-256）：ab12', '文件大小：2.0 KB', '文件类型：PNG 图片']);
    const pdf = { ...png, name: '住院病历.pdf', sha256: 'cd34', size: 3 * 1024 * 1024, kind: 'pdf' };
    expect(lines('exemption', { ...png, removedReason: 'replaced' }, pdf, 'exemption.evidence.replace')).toEqual([
      '材料名称：诊断证明.png → 住院病历.pdf',
      '文件校验码（SHA-256）：ab12 → cd34',
      '文件大小：2.0 KB → 3.0 MB',
      '文件类型：PNG 图片 → PDF',
      '移除方式：被新材料替换 → （空）',
    ]);
  });
});

describe('audit changes of 报考, 学分 and 年度规则', () => {
  it('shows sessions, kinds, statuses, flags and results in words', () => {
    expect(lines('booking', null, { year: 2024, sessionAt: '2024-11-26T08:30', kind: 'makeup', status: 'booked' }, 'booking.create')).toEqual([
      '年度：2024',
      '考试场次：2024-11-26 08:30',
      '考试类别：补考',
      '报考状态：已报考',
    ]);
    expect(
      lines('booking', { sessionAt: '2024-10-28T08:30', kind: 'regular', flag: 'route_changed' }, { sessionAt: '2024-10-29T15:00', kind: 'regular', flag: null }, 'booking.move'),
    ).toEqual(['考试场次：2024-10-28 08:30 → 2024-10-29 15:00', '待核对标记：组考方式已变，待核对 → （空）']);
    expect(lines('booking', { status: 'booked' }, { status: 'cancelled' }, 'booking.cancel')).toEqual(['报考状态：已报考 → 已取消']);
    expect(lines('booking', { outcome: null, score: null }, { outcome: 'failed', score: 52 }, 'booking.result')).toEqual(['考试结果：不合格', '成绩：52']);
    expect(lines('exam_session', { capacity: null, room: null }, { capacity: 40, room: '三楼机房' }, 'session.capacity')).toEqual(['考场容量：40', '考场：三楼机房']);
  });

  it('tells the planning date from the date credits were counted on', () => {
    expect(lines('setting', { asOf: null }, { asOf: '2024-10-01' }, 'planning.set')).toEqual(['计划日期：2024-10-01']);
    expect(lines('credits', { compulsory: 20, elective: 0, asOf: '2024-09-01' }, { compulsory: 60, elective: 40, asOf: '2024-10-01' }, 'credits.set')).toEqual([
      '公共必修学分：20 → 60',
      '选修学分：0 → 40',
      '学分截至日期：2024-09-01 → 2024-10-01',
    ]);
  });

  it("lists a year's rules field by field, nested windows included", () => {
    const next = {
      ...preset2024,
      passMark: 70,
      windows: { ...preset2024.windows, regional: { start: '2024-10-28', end: '2024-11-12' } },
      exemptionGrounds: ['retirement', 'illness'],
    };
    expect(lines('year_policy', preset2024, next, 'year.save')).toEqual([
      '分众组考结束日期：2024-11-09 → 2024-11-12',
      '及格分数：60 → 70',
      '可申请的免考情形：距退休两年内、正在休产假、重大疾病 → 距退休两年内、重大疾病',
    ]);
    const copied = lines('year_policy', null, { from: 2024, policy: { ...preset2024, year: 2025 } }, 'year.copy');
    expect(copied).toContain('复制自年度：2024');
    expect(copied).toContain('补考报名开始日期：2024-11-25');
    expect(copied.every((l) => /^[^a-zA-Z]+：/.test(l))).toBe(true);
  });

  it('names backups and what a restore brought back', () => {
    const after = { from: '学法考法备份-20241001.xfbak', createdAt: '2024-10-01T00:00:00.000Z', counts: { units: 3, staff: 10, exemptions: 1, bookings: 2 }, evidenceRestored: 1 };
    expect(lines('desk', { keptAs: 'before-restore-1.xfbak' }, after, 'backup.restore')).toEqual([
      '恢复前的自动备份：before-restore-1.xfbak → （空）',
      '备份文件：学法考法备份-20241001.xfbak',
      '单位数：3',
      '学员数：10',
      '免考申请数：1',
      '报考数：2',
      '恢复的证明材料份数：1',
    ]);
    expect(lines('desk', null, { name: '学法考法备份.xfbak', counts: { units: 3 } }, 'backup.create')).toEqual(['备份文件：学法考法备份.xfbak', '单位数：3']);
    expect(lines('desk', { keepCount: 10 }, { keepCount: 5 }, 'backup.keepCount')).toEqual(['自动备份保留份数：10 → 5']);
  });
});
