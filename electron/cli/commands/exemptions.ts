import path from 'node:path';
import fs from 'node:fs';
import { isDeskError } from '../../../shared/errors';
import { buildExemptionArchive } from '../../core/services/exemptions/print';
import { exemptionCandidates } from '../../core/services/exemptions/candidates';
import { writeAtomically } from '../../core/excel/writeAtomically';
import { SpreadsheetFileError } from '../../core/excel/fileErrors';
import type { Desk } from '../../core/desk';
import type { CliValues, OpenDeskCommand } from '../domainCommands';
import type { CliIo } from '../io';
import { print } from '../print';
import { unitByPath } from './unitPath';

/**
 *   xuefa exemptions candidates --year <Y> [--unit <path>] [--json]
 *   xuefa exemptions print --year <Y> [--unit <path> [--only-unit]] --out <file.pdf>
 */
const USAGE_LINES = `  exemptions candidates --year <年度> [--unit <单位路径>]
                               列出距退休两年内、可申请免考的人员（按身份证号排序）
  exemptions print --year <年度> [--unit <单位路径> [--only-unit]] --out <存档.pdf>
                               打印免考存档（封面、目录、每人的免考记录和证明材料）
`;

function yearOf(values: CliValues, io: CliIo): number | null {
  const year = Number(values.year);
  if (typeof values.year !== 'string' || !Number.isInteger(year) || year < 2000 || year > 2100) {
    io.err('请用 --year 给出年度，例如：xuefa exemptions candidates --year 2024');
    return null;
  }
  return year;
}

function refused(io: CliIo, json: boolean, e: { code: string; message: string }): number {
  if (json) io.out(JSON.stringify({ ok: false, error: { code: e.code, message: e.message } }));
  io.err(e.message);
  return 1;
}

async function candidates(desk: Desk, values: CliValues, io: CliIo): Promise<number> {
  const year = yearOf(values, io);
  if (year === null) return 2;
  const json = values.json === true;
  const unit = typeof values.unit === 'string' ? await unitByPath(desk, values.unit) : undefined;
  const r = await exemptionCandidates(desk.ctx, year, unit?.id);
  if (r.policyAssumed) io.err(`${year} 年还没有年度规则，暂按 ${r.cutoff} 截止、${r.limitDate} 前退休计算。`);
  const rows = r.candidates.map((c) => ({ idNumber: c.idNumber, name: c.name, unit: c.unit, retirementDate: c.retirementDate }));
  const text = rows.length === 0 ? `${year} 年没有距退休两年内的人员（法定退休日期在 ${r.limitDate} 之前）。` : rows.map((c) => `${c.idNumber}  ${c.name}  ${c.unit}  退休日期 ${c.retirementDate}`).join('\n');
  print(io, json, rows, text);
  return 0;
}

async function printArchive(desk: Desk, values: CliValues, io: CliIo): Promise<number> {
  const year = yearOf(values, io);
  if (year === null) return 2;
  const out = values.out;
  if (typeof out !== 'string' || !out.trim()) {
    io.err('请用 --out 给出存档文件，例如：xuefa exemptions print --year 2024 --out 免考存档.pdf');
    return 2;
  }
  const json = values.json === true;
  const unit = typeof values.unit === 'string' ? await unitByPath(desk, values.unit) : undefined;
  const built = await buildExemptionArchive(desk.ctx, { year, unitId: unit?.id, includeSubunits: values['only-unit'] !== true });
  await writeAtomically(out, (temp) => fs.promises.writeFile(temp, built.bytes));
  for (const p of built.problems) io.err(`证明材料有问题：${p.name}的“${p.evidence}”——${p.message}`);
  if (built.glyphWarning) io.err(built.glyphWarning);
  const summary = { file: path.resolve(out), pages: built.pages, people: built.people, evidenceFiles: built.evidenceFiles, problems: built.problems, glyphWarning: built.glyphWarning };
  print(io, json, summary, `已打印免考存档：${summary.file}（${built.people} 人，证明材料 ${built.evidenceFiles} 份，共 ${built.pages} 页）`);
  return built.problems.length > 0 ? 1 : 0;
}

export const exemptionsCommand: OpenDeskCommand = {
  name: 'exemptions',
  usage: USAGE_LINES,
  options: { year: { type: 'string' }, out: { type: 'string' }, 'only-unit': { type: 'boolean', default: false } },
  readsOnly: (rest) => rest[0] === 'candidates' || rest[0] === 'print',
  async run(desk, rest, values, io) {
    try {
      if (rest[0] === 'candidates') return await candidates(desk, values, io);
      if (rest[0] === 'print') return await printArchive(desk, values, io);
    } catch (e) {
      if (isDeskError(e) || e instanceof SpreadsheetFileError) return refused(io, values.json === true, e);
      throw e;
    }
    io.err(`用法：\n${USAGE_LINES}`);
    return 2;
  },
};
