import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import type { ArgsOf } from '../../shared/contract';
import { exportFile } from '../../electron/core/files/outbox';
import type { Exemption } from '../../shared/exemptions/schemas';
import { changeLine } from '../../shared/rules/auditChanges';
import { jpegBytes, pngBytes } from '../helpers/evidenceFiles';
import { apply, approve, attach, person } from '../helpers/exemptionFixtures';
import { auditRows, createStaff, unit } from '../helpers/staffFixtures';
import { call, refusal } from '../helpers/tempDesk';
import { booking, credits } from '../helpers/yearWork';
import { useTempDesk } from '../helpers/deskFixture';
import { idNumber } from '../helpers/idNumber';

/*
 * What the admin signs: an approved exemption's record completed after the
 * approval, a suspected evasion (疑似借免考规避考试) decided and then counted as
 * the notice says (视为该学员未参加本年度学法考法), and the same evidence file
 * on two people's applications.
 */

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

describe('an approved exemption whose HR review was not entered', () => {
  let desk: Desk;
  useTempDesk((open) => {
    ({ desk } = open);
  }, { at: '2024-09-10T09:00:00+08:00', perFile: true });

  const printedText = async (unitId: number) => {
    const r = await call(desk, 'exemptions.print', { year: 2024, unitId });
    return pdfText((await exportFile(desk.ctx.paths.dataDir, r.fileId)).path);
  };
  const todoTitles = async () => (await call(desk, 'todos.list', { year: 2024 })).map((t) => t.title);

  it('takes the reviewer and review date after approval, audited, and the flag, the to-do and the archive gap go', async () => {
    const bureau = await unit(desk, '审核补录局');
    const ill = await person(desk, bureau.id, '钱病假', '19800505', 41);
    const draft = await apply(desk, ill.id, 'illness', { reviewer: null, reviewedOn: null, appliedOn: '2024-08-20' });
    await attach(desk, draft.id, '诊断证明.jpg', jpegBytes('钱病假'));
    const approved = await approve(desk, draft.id, '2024-08-25');
    expect(approved.flags).toEqual([{ code: 'noReview', message: '已批准但没有登记人事部门审核（缺审核人、审核日期）' }]);
    expect(await todoTitles()).toContain('1 份已批准的免考缺证明材料或审核记录');
    const before = await printedText(bureau.id);
    expect(before).toContain('人事部门审核人未登记');
    expect(before).toContain('已批准但没有登记人事部门审核');

    // The review took place before the approval; it is entered now.
    const done = await call(desk, 'exemptions.update', { id: draft.id, patch: { reviewer: '人事科 王科长', reviewedOn: '2024-08-23' } });
    expect(done).toMatchObject({ status: 'approved', reviewer: '人事科 王科长', reviewedOn: '2024-08-23', decidedOn: '2024-08-25', flags: [] });
    // A mistyped application date is corrected too; the decision stays.
    const fixed = await call(desk, 'exemptions.update', { id: draft.id, patch: { appliedOn: '2024-08-19' } });
    expect(fixed).toMatchObject({ status: 'approved', appliedOn: '2024-08-19', ground: 'illness' });

    expect(await todoTitles()).not.toContain('1 份已批准的免考缺证明材料或审核记录');
    const after = await printedText(bureau.id);
    expect(after).toContain('人事部门审核人人事科王科长');
    expect(after).not.toContain('已批准但没有登记人事部门审核');

    const updates = (await auditRows(desk)).filter((r) => r.entity === 'exemption' && r.entity_id === draft.id && !r.action.startsWith('exemption.evidence'));
    expect(updates.map((r) => r.action)).toEqual(['exemption.create', 'exemption.approve', 'exemption.update', 'exemption.update']);
    expect(updates[2]).toMatchObject({
      staff_id: ill.id,
      unit_id: bureau.id,
      actor: 'tester',
      before: { reviewer: null, reviewedOn: null, status: 'approved' },
      after: { reviewer: '人事科 王科长', reviewedOn: '2024-08-23', status: 'approved' },
    });
    expect(updates[3]).toMatchObject({ before: { appliedOn: '2024-08-20' }, after: { appliedOn: '2024-08-19' } });
  });

  it('still keeps the ground and the order of the steps after approval, and changes nothing when refused', async () => {
    const bureau = await unit(desk, '审核拒绝局');
    const ill = await person(desk, bureau.id, '孙病假', '19800606', 43);
    const draft = await apply(desk, ill.id, 'illness', { reviewer: null, reviewedOn: null });
    await attach(desk, draft.id, '诊断证明.jpg', jpegBytes('孙病假'));
    await approve(desk, draft.id, '2024-08-25');
    expect(await refusal(desk, 'exemptions.update', { id: draft.id, patch: { ground: 'maternity' } })).toMatchObject({ code: 'EXEMPTION_STATUS' });
    // A review dated after the decision it fed is a mistake.
    const late = await refusal(desk, 'exemptions.update', { id: draft.id, patch: { reviewer: '人事科', reviewedOn: '2024-08-28' } });
    expect(late.code).toBe('EXEMPTION_DATE_INVALID');
    expect(late.message).toContain('早于审核日期');
    expect(await call(desk, 'exemptions.get', { id: draft.id })).toMatchObject({ ground: 'illness', reviewer: null, reviewedOn: null });
  });
});

/*
 * A hand-built year in 县局 (甲所, 乙所), credits required 60 + 40 (the 2024
 * preset), the regular exam on 2024-10-30, the make-up on 2024-11-27:
 *   p1 甲所  credits 60/40, passed.
 *   p2 甲所  approved exemption (no exam before it).
 *   p3 甲所  credits 60/40, absent 10-30, exemption approved 11-05 → evasion
 *            CONFIRMED; then a make-up passed 11-27 (still never 参考/通过).
 *   p4 乙所  credits 60/40, failed 10-30, exemption approved 11-05 → evasion
 *            CLEARED with a reason (stays 免考).
 *   p5 乙所  credits 60/39, failed 10-30, make-up passed.
 *   p6 乙所  credits 61/45, absent.
 *   p7 甲所  failed 10-30, exemption approved 11-05, suspected, undecided
 *            (still 免考 until the admin decides).
 *   p8 乙所  credits 60/40, booked, no result yet.
 *   p9 甲所  退休 (not taking part), exemption-free.
 *   p10 甲所 nothing at all.
 */
describe('a suspected evasion decided by the admin, and counted as the notice says', () => {
  let desk: Desk;
  const ids: Record<string, number> = {};
  const ex: Record<string, number> = {};
  const units: Record<string, number> = {};

  useTempDesk(async (open) => {
    ({ desk } = open);
    units.A = (await unit(desk, '县局')).id;
    units.B = (await unit(desk, '甲所', units.A)).id;
    units.C = (await unit(desk, '乙所', units.A)).id;
    const add = async (key: string, unitKey: string, seq: number, status = '在职') => {
      ids[key] = (await createStaff(desk, { unitId: units[unitKey]!, name: `规避${key}`, idNumber: idNumber('19850312', seq), rank: '一级科员', status } as never)).id;
    };
    const exempted = async (key: string, decidedOn: string) => {
      const [id] = await desk.ctx.db('exemptions').insert({
        staff_id: ids[key],
        year: 2024,
        ground: 'illness',
        status: 'approved',
        applied_on: '2024-08-20',
        reviewer: '人事科',
        reviewed_on: '2024-08-22',
        decided_on: decidedOn,
        created_at: '2024-08-20T00:00:00.000Z',
        updated_at: '2024-08-20T00:00:00.000Z',
      });
      ex[key] = id as number;
    };
    await add('p1', 'B', 11);
    await add('p2', 'B', 13);
    await add('p3', 'B', 15);
    await add('p4', 'C', 17);
    await add('p5', 'C', 19);
    await add('p6', 'C', 21);
    await add('p7', 'B', 23);
    await add('p8', 'C', 25);
    await add('p9', 'B', 27, '退休');
    await add('p10', 'B', 29);

    await credits(desk, ids.p1!, 60, 40);
    await booking(desk, ids.p1!, { outcome: 'passed' });
    await exempted('p2', '2024-08-25');
    await credits(desk, ids.p3!, 60, 40);
    await booking(desk, ids.p3!, { outcome: 'absent' });
    await exempted('p3', '2024-11-05');
    await booking(desk, ids.p3!, { kind: 'makeup', outcome: 'passed' });
    await credits(desk, ids.p4!, 60, 40);
    await booking(desk, ids.p4!, { outcome: 'failed' });
    await exempted('p4', '2024-11-05');
    await credits(desk, ids.p5!, 60, 39);
    await booking(desk, ids.p5!, { outcome: 'failed' });
    await booking(desk, ids.p5!, { kind: 'makeup', outcome: 'passed' });
    await credits(desk, ids.p6!, 61, 45);
    await booking(desk, ids.p6!, { outcome: 'absent' });
    await booking(desk, ids.p7!, { outcome: 'failed' });
    await exempted('p7', '2024-11-05');
    await credits(desk, ids.p8!, 60, 40);
    await booking(desk, ids.p8!, {});
  }, { at: '2024-12-10T09:00:00+08:00', perFile: true });

  const total = async (unitId = units.A!) => (await call(desk, 'stats.summary', { year: 2024, unitId })).total;
  const people = async (figure: ArgsOf<'stats.people'>['figure']) =>
    (await call(desk, 'stats.people', { year: 2024, unitId: units.A!, figure })).rows.map((r) => r.name.replace('规避', '')).sort();
  const decide = (key: string, args: Omit<ArgsOf<'exemptions.decideEvasion'>, 'id'>) => call(desk, 'exemptions.decideEvasion', { id: ex[key]!, ...args });
  /** The checks about evasion (the hand-built applications have no evidence files, which is flagged too). */
  const evasionFlags = (e: Exemption) => e.flags.filter((f) => f.code.startsWith('evasion'));
  const evasionTodo = async () => (await call(desk, 'todos.list', { year: 2024 })).find((t) => t.key === 'evasionUndecided');
  const listed = async (key: string) => (await call(desk, 'exemptions.list', { year: 2024, unitId: units.A, includeSubunits: true })).find((e) => e.id === ex[key])!;

  // Undecided, every suspected exemption still counts as 免考: p2, p3, p4, p7.
  const undecided = {
    takingPart: 9, // p1–p8, p10 (p9 retired)
    exempt: 4, // p2 p3 p4 p7
    expected: 5, // p1 p5 p6 p8 p10
    creditsComplete: 3, // p1 p6 p8 (p5 elective 39)
    booked: 4, // p1 p5 p6 p8
    notBooked: 1, // p10
    sat: 2, // p1, p5
    passed: 1, // p1
    failed: 1, // p5
    absent: 1, // p6
    makeupRegistered: 1, // p5
    makeupPassed: 1, // p5
    passedFinal: 2, // p1 p5
    notPassed: 3, // p6 p8 p10
    sitRate: 2 / 5,
    passRate: 2 / 5,
  };
  // p3 confirmed: no longer 免考; in 应参考, 缺考 and 尚未通过; never 参考, 通过 or 补考通过.
  const decided = {
    takingPart: 9,
    exempt: 3, // p2 p4 p7
    expected: 6, // p1 p3 p5 p6 p8 p10
    creditsComplete: 4, // p1 p3 p6 p8
    booked: 5, // p1 p3 p5 p6 p8
    notBooked: 1, // p10
    sat: 2, // p1 p5 (p3's make-up does not count)
    passed: 1, // p1
    failed: 1, // p5
    absent: 2, // p3 (treated as not having taken part), p6
    makeupRegistered: 2, // p3 p5
    makeupPassed: 1, // p5
    passedFinal: 2, // p1 p5
    notPassed: 4, // p3 p6 p8 p10
    sitRate: 2 / 6,
    passRate: 2 / 6,
  };

  it('flags the suspected ones, and counts them as exempt until the admin decides', async () => {
    expect(evasionFlags(await listed('p3')).map((f) => f.code)).toEqual(['evasion']);
    expect(await listed('p3')).toMatchObject({ evasionSuspected: true, evasion: null });
    expect(await listed('p2')).toMatchObject({ evasionSuspected: false, evasion: null });
    expect(await total()).toEqual(undecided);
    expect(await evasionTodo()).toMatchObject({ title: '3 份免考疑似借免考规避考试，待认定', count: 3, screen: 'exemptions' }); // p3 p4 p7
  });

  it('refuses a decision where there is nothing to decide, and a clearance without a reason', async () => {
    expect(await refusal(desk, 'exemptions.decideEvasion', { id: ex.p2!, decision: 'confirmed', decidedOn: '2024-12-01' })).toMatchObject({ code: 'EXEMPTION_NOT_SUSPECTED' });
    expect(await refusal(desk, 'exemptions.decideEvasion', { id: ex.p4!, decision: 'cleared', decidedOn: '2024-12-01', reason: '  ' })).toMatchObject({ code: 'EXEMPTION_EVASION_REASON' });
    expect(await refusal(desk, 'exemptions.decideEvasion', { id: ex.p4!, decision: 'confirmed', decidedOn: '2024-12-11' })).toMatchObject({ code: 'EXEMPTION_DATE_INVALID' });
    expect(await refusal(desk, 'exemptions.decideEvasion', { id: ex.p4!, decision: 'confirmed', decidedOn: '2024-11-01' })).toMatchObject({ code: 'EXEMPTION_DATE_INVALID' });
    expect(await listed('p4')).toMatchObject({ evasion: null });
    expect(await total()).toEqual(undecided);
  });

  it('counts a confirmed evasion as not having taken part, and a cleared one as an exemption', async () => {
    const p3 = await decide('p3', { decision: 'confirmed', decidedOn: '2024-12-01', reason: '缺考后补办病假免考，无住院记录' });
    expect(p3.evasion).toEqual({ decision: 'confirmed', reason: '缺考后补办病假免考，无住院记录', decidedOn: '2024-12-01' });
    expect(evasionFlags(p3)).toEqual([{ code: 'evasionConfirmed', message: '2024-12-01 已认定为借免考规避考试：免考不计，视为该学员未参加本年度学法考法' }]);
    const p4 = await decide('p4', { decision: 'cleared', decidedOn: '2024-12-02', reason: '考试当天住院，有住院病历' });
    expect(p4.evasion).toEqual({ decision: 'cleared', reason: '考试当天住院，有住院病历', decidedOn: '2024-12-02' });
    expect(evasionFlags(p4)).toEqual([]);
    expect((await listed('p4')).evasion?.decision).toBe('cleared');
    expect(evasionFlags(await listed('p7')).map((f) => f.code)).toEqual(['evasion']);
    expect(await evasionTodo()).toMatchObject({ title: '1 份免考疑似借免考规避考试，待认定', count: 1 }); // p7

    expect(await total()).toEqual(decided);
    // 甲所 holds p1 p2 p3 p7 p10; 乙所 p4 p5 p6 p8.
    const rows = (await call(desk, 'stats.summary', { year: 2024, unitId: units.A! })).rows;
    expect(rows.map((r) => [r.name, r.funnel.takingPart, r.funnel.exempt, r.funnel.expected, r.funnel.sat, r.funnel.absent, r.funnel.passedFinal])).toEqual([
      ['甲所', 5, 2, 3, 1, 1, 1],
      ['乙所', 4, 1, 3, 1, 1, 1],
    ]);

    expect(await people('exempt')).toEqual(['p2', 'p4', 'p7']);
    expect(await people('expected')).toEqual(['p1', 'p10', 'p3', 'p5', 'p6', 'p8']);
    expect(await people('absent')).toEqual(['p3', 'p6']);
    expect(await people('sat')).toEqual(['p1', 'p5']);
    expect(await people('makeupPassed')).toEqual(['p5']);
    expect(await people('passedFinal')).toEqual(['p1', 'p5']);
    const p3Row = (await call(desk, 'stats.people', { year: 2024, unitId: units.A!, figure: 'absent' })).rows.find((r) => r.id === ids.p3)!;
    expect(p3Row.detail).toBe('学分达标；已认定借免考规避考试，视为未参加本年度学法考法');

    // The exported list of 缺考 says the same.
    const exported = await call(desk, 'stats.exportPeople', { year: 2024, unitId: units.A!, figure: 'absent' });
    expect(exported.rows).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await exportFile(desk.ctx.paths.dataDir, exported.fileId)).path);
    const sheet = wb.worksheets[0]!;
    const lines = [2, 3].map((n) => [sheet.getRow(n).getCell(2).value, sheet.getRow(n).getCell(6).value]);
    expect(lines).toContainEqual(['规避p3', '学分达标；已认定借免考规避考试，视为未参加本年度学法考法']);

    // The exported table carries the same figures (looked up by their headers).
    const summary = await call(desk, 'stats.exportSummary', { year: 2024, unitId: units.A! });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await exportFile(desk.ctx.paths.dataDir, summary.fileId)).path);
    const table = book.getWorksheet('统计')!;
    const headers = (table.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const totalRow = [...Array(table.rowCount).keys()].map((i) => table.getRow(i + 1)).find((r) => String(r.getCell(1).value).startsWith('合计'))!;
    const cell = (label: string) => Number(totalRow.getCell(headers.indexOf(label)).value);
    expect([cell('参加人数'), cell('免考'), cell('应参考'), cell('参考'), cell('通过'), cell('缺考'), cell('补考通过')]).toEqual([9, 3, 6, 2, 1, 2, 1]);
  });

  it('a decision can be changed and taken back, each step audited, and the figures follow', async () => {
    await decide('p3', { decision: 'cleared', decidedOn: '2024-12-05', reason: '补交住院病历，确有住院' });
    expect(await total()).toEqual(undecided);
    await decide('p3', { decision: 'confirmed', decidedOn: '2024-12-06' });
    expect(await total()).toEqual(decided);
    const undone = await decide('p3', { decision: null });
    expect(undone).toMatchObject({ evasion: null, evasionSuspected: true });
    expect(evasionFlags(undone).map((f) => f.code)).toEqual(['evasion']);
    expect(await total()).toEqual(undecided);
    // Taking back nothing writes nothing.
    const count = (await auditRows(desk)).length;
    await decide('p3', { decision: null });
    expect((await auditRows(desk)).length).toBe(count);

    const steps = (await auditRows(desk)).filter((r) => r.action.startsWith('exemption.evasion'));
    expect(steps.map((r) => [r.action, r.entity_id, r.staff_id, r.unit_id])).toEqual([
      ['exemption.evasion.confirm', ex.p3, ids.p3, units.B],
      ['exemption.evasion.clear', ex.p4, ids.p4, units.C],
      ['exemption.evasion.clear', ex.p3, ids.p3, units.B],
      ['exemption.evasion.confirm', ex.p3, ids.p3, units.B],
      ['exemption.evasion.undo', ex.p3, ids.p3, units.B],
    ]);
    expect(steps[2]).toMatchObject({
      before: { evasionDecision: 'confirmed', evasionReason: '缺考后补办病假免考，无住院记录', evasionDecidedOn: '2024-12-01' },
      after: { evasionDecision: 'cleared', evasionReason: '补交住院病历，确有住院', evasionDecidedOn: '2024-12-05' },
    });
    expect(steps[4]).toMatchObject({ before: { evasionDecision: 'confirmed' }, after: { evasionDecision: null, evasionReason: null, evasionDecidedOn: null } });

    // 操作记录 names each step and its changes in Chinese.
    const page = await call(desk, 'audit.search', { actions: ['exemption.evasion.confirm', 'exemption.evasion.clear', 'exemption.evasion.undo'] });
    const shown = page.rows.map((r) => [r.actionLabel, r.changes.map(changeLine)]);
    expect(shown).toContainEqual(['认定借免考规避考试', ['规避考试认定：认定为规避考试', '认定说明：缺考后补办病假免考，无住院记录', '认定日期：2024-12-01']]);
    expect(shown).toContainEqual([
      '排除规避考试嫌疑',
      ['规避考试认定：认定为规避考试 → 排除规避考试嫌疑', '认定说明：缺考后补办病假免考，无住院记录 → 补交住院病历，确有住院', '认定日期：2024-12-01 → 2024-12-05'],
    ]);
    expect(shown).toContainEqual(['撤销规避考试认定', ['规避考试认定：认定为规避考试 → （空）', '认定日期：2024-12-06 → （空）']]);
  });
});

describe('the same evidence file on two people', () => {
  let desk: Desk;
  useTempDesk((open) => {
    ({ desk } = open);
  }, { at: '2024-09-10T09:00:00+08:00', perFile: true });

  it('warns on both applications, in the list and in the application, until one is taken off', async () => {
    const bureau = await unit(desk, '材料核查局');
    const office = await unit(desk, '法规科', bureau.id);
    const a = await person(desk, bureau.id, '周一', '19800101', 51);
    const b = await person(desk, office.id, '吴二', '19800202', 53);
    const c = await person(desk, office.id, '郑三', '19800303', 55);
    const ea = await apply(desk, a.id, 'illness');
    const eb = await apply(desk, b.id, 'illness');
    const ec = await apply(desk, c.id, 'illness');
    const scan = pngBytes(120, 80, 7);
    await attach(desk, ea.id, '周一诊断证明.png', scan);
    const second = await attach(desk, eb.id, '诊断证明（扫描）.png', scan);
    expect(second.alreadyStored).toBe(true);
    await attach(desk, ec.id, '郑三诊断证明.png', pngBytes(120, 80, 8));
    await approve(desk, ea.id);

    const list = await call(desk, 'exemptions.list', { year: 2024 });
    const flagsOf = (id: number) => list.find((e) => e.id === id)!.flags.filter((f) => f.code === 'sharedEvidence');
    expect(flagsOf(ea.id)).toEqual([{ code: 'sharedEvidence', message: '证明材料“周一诊断证明.png”与吴二（材料核查局/法规科，2024 年）的免考申请所附文件内容完全相同，请核实' }]);
    expect(flagsOf(eb.id)).toEqual([{ code: 'sharedEvidence', message: '证明材料“诊断证明（扫描）.png”与周一（材料核查局，2024 年）的免考申请所附文件内容完全相同，请核实' }]);
    expect(flagsOf(ec.id)).toEqual([]);

    const detail = await call(desk, 'exemptions.get', { id: eb.id });
    expect(detail.sharedEvidence).toEqual([
      { evidenceId: second.evidence.id, name: '诊断证明（扫描）.png', others: [{ exemptionId: ea.id, name: '周一', idNumber: a.idNumber, unitPath: '材料核查局', year: 2024, status: 'approved' }] },
    ]);
    expect((await call(desk, 'exemptions.get', { id: ec.id })).sharedEvidence).toEqual([]);

    // Taken off the second application (replaced by the right scan): the warning goes on both.
    await call(desk, 'exemptions.removeEvidence', { evidenceId: second.evidence.id, note: '误传他人材料' });
    const after = await call(desk, 'exemptions.list', { year: 2024 });
    expect(after.flatMap((e) => e.flags).filter((f) => f.code === 'sharedEvidence')).toEqual([]);
    expect((await call(desk, 'exemptions.get', { id: ea.id })).sharedEvidence).toEqual([]);
  });
});
