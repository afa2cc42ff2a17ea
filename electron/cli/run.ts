import { parseArgs } from 'node:util';
import { methodNames } from '../../shared/contract';
import { DeskError, isDeskError } from '../../shared/errors';
import type { Unit } from '../../shared/units/schemas';
import { levelName } from '../../shared/rules/unitLevel';
import { deskBusy, isBusy } from '../core/db/busy';
import { openDesk, type Desk } from '../core/desk';
import { domainCommands, type CliValues } from './domainCommands';
import { EXIT_DESK_IN_USE } from './exitStatus';
import { exportCommand, importCommand, type ExcelFlags } from './excelCommands';
import type { CliIo } from './io';
import { print } from './print';

export type { CliIo } from './io';

export const USAGE = `用法：xuefa <命令> [选项]

命令：
  info                         数据库位置、版本和单位数
  units list                   列出单位层级
  units add <名称> [--parent <上级单位编号>]
                               新建单位
  demo --units <数量> --staff <数量>
                               在空白台账中生成演示用的单位和学员
  import <名册.xlsx> [--sheet <工作表>] [--header-row <行号>] [--dry-run] [--create-units] [--skip-invalid]
                               导入学员名册（按身份证号比对；有错误时不写入，除非 --skip-invalid；
                               找不到表头时用 --header-row 指定表头所在的行）
  export roster <输出.xlsx> [--unit <单位路径>]
                               导出学员名册（可只导出某单位及其下级单位）
  export template <输出.xlsx>   生成空白导入模板
  call <方法> [JSON 参数]       直接调用一个接口方法（供脚本使用）
  methods                      列出可调用的接口方法
${domainCommands.map((c) => c.usage).join('')}
通用选项：
  --db <文件>                   使用指定的数据库文件
  --data-dir <文件夹>           使用指定的数据文件夹（默认见 README）
  --json                        标准输出只打印一个 JSON 值，提示信息写到标准错误

退出状态：
  0  完成
  1  操作被拒绝（提示信息说明原因）
  2  用法错误，或数据库无法打开
  3  数据文件夹正被另一个程序使用（桌面程序、浏览器模式或另一个命令行），或台账一直忙：
     只读的命令（info、units list、export、exemptions candidates/print、verify、
     bookings eligible、backup、import --dry-run、不加 --yes 的 restore）可以同时运行，
     修改数据的命令须等那个程序关闭后再运行
`;

export { EXIT_DESK_IN_USE };

const baseOptions = {
  db: { type: 'string' },
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  parent: { type: 'string' },
  units: { type: 'string' },
  staff: { type: 'string' },
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'create-units': { type: 'boolean', default: false },
  'skip-invalid': { type: 'boolean', default: false },
  unit: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The flags of the command groups in electron/cli/commands/, typed loosely (each group reads its own). */
const domainOptions = Object.assign({}, ...domainCommands.map((c) => c.options)) as Record<never, never>;

/**
 * The xuefa command line. Returns the exit status: 0 done, 1 the desk refused
 * (the message says why), 2 usage errors or a database that cannot be opened,
 * 3 another program holds the desk or kept it busy.
 */
export async function runCli(argv: string[], cliIo: CliIo): Promise<number> {
  let printed = false;
  const io: CliIo = {
    out: (t) => {
      printed = true;
      cliIo.out(t);
    },
    err: (t) => cliIo.err(t),
  };
  try {
    return await runParsed(argv, io);
  } catch (e) {
    // Another program kept the database busy past the timeout: a message and
    // a status, never a stack; with --json still exactly one JSON value.
    const busy = isDeskError(e) && e.code === 'DESK_BUSY' ? e : isBusy(e) ? deskBusy() : null;
    if (!busy) throw e;
    if (argv.includes('--json') && !printed) io.out(JSON.stringify({ ok: false, error: { code: busy.code, message: busy.message } }));
    io.err(busy.message);
    return EXIT_DESK_IN_USE;
  }
}

/**
 * Commands that only read the desk: they may run beside the program that
 * holds it (opened without its lock, no migration, backups or clean-up).
 */
function readsOnly(command: string, rest: string[], values: CliValues): boolean {
  const domain = domainCommands.find((c) => c.name === command);
  if (domain && domain.opensDesk !== false) return domain.readsOnly?.(rest, values) ?? false;
  if (command === 'info' || command === 'export') return true;
  if (command === 'units') return rest[0] === 'list';
  if (command === 'import') return values['dry-run'] === true;
  return false;
}

async function runParsed(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...domainOptions, ...baseOptions } });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.err(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === 'methods') {
    print(io, values.json, methodNames, methodNames.join('\n'));
    return 0;
  }

  const closedCommand = domainCommands.find((c) => c.name === command && c.opensDesk === false);
  if (closedCommand?.opensDesk === false) {
    return closedCommand.run({ databaseFile: values.db, dataDir: values['data-dir'] }, rest, values as CliValues, io);
  }

  let desk: Desk;
  try {
    const access = readsOnly(command, rest, values as CliValues) ? 'read' : 'write';
    desk = await openDesk({ mode: 'cli', databaseFile: values.db, dataDir: values['data-dir'], access });
  } catch (e) {
    const message = isDeskError(e) ? e.message : String(e);
    if (values.json) io.out(JSON.stringify({ ok: false, error: { code: isDeskError(e) ? e.code : 'INTERNAL', message } }));
    if (isDeskError(e) && (e.code === 'DESK_IN_USE' || e.code === 'DESK_BUSY')) {
      io.err(message);
      return EXIT_DESK_IN_USE;
    }
    io.err(`无法打开数据库：${message}`);
    return 2;
  }
  try {
    return await runCommand(desk, command, rest, values, io);
  } finally {
    await desk.close();
  }
}

async function runCommand(
  desk: Desk,
  command: string,
  rest: string[],
  values: { json?: boolean; parent?: string; units?: string; staff?: string } & ExcelFlags,
  io: CliIo,
): Promise<number> {
  const json = values.json ?? false;
  const domain = domainCommands.find((c) => c.name === command);
  if (domain && domain.opensDesk !== false) return domain.run(desk, rest, values as CliValues, io);
  if (command === 'import') return importCommand(desk, rest[0], values, io);
  if (command === 'export') return exportCommand(desk, rest[0], rest[1], values, io);
  const call = async (method: string, args: unknown): Promise<{ ok: true; value: unknown } | null> => {
    const r = await desk.call(method, args);
    if (r.ok) return r;
    if (r.error.code === 'DESK_BUSY') throw DeskError.relayed('DESK_BUSY', r.error.message);
    if (json) io.out(JSON.stringify(r));
    io.err(`${r.error.message}（${r.error.code}）`);
    return null;
  };

  switch (`${command} ${rest[0] ?? ''}`.trim()) {
    case 'info': {
      const r = await call('desk.info', {});
      if (!r) return 1;
      const info = r.value as { databaseFile: string; version: string; schemaVersion: string; unitCount: number };
      print(io, json, info, `数据文件：${info.databaseFile}\n版本：${info.version}（数据结构 ${info.schemaVersion}）\n单位数：${info.unitCount}`);
      return 0;
    }
    case 'units list': {
      const r = await call('units.list', {});
      if (!r) return 1;
      const units = r.value as Unit[];
      print(io, json, units, units.map((u) => `${'  '.repeat(u.level - 1)}${u.name}（${levelName(u.level)}，编号 ${u.id}）`).join('\n') || '（还没有单位）');
      return 0;
    }
    case 'units add': {
      if (!rest[1]) {
        io.err('请给出单位名称，例如：xuefa units add 汨罗市司法局');
        return 2;
      }
      const parentId = values.parent === undefined ? null : Number(values.parent);
      const r = await call('units.create', { name: rest[1], parentId });
      if (!r) return 1;
      const unit = r.value as Unit;
      print(io, json, unit, `已新建单位“${unit.name}”（编号 ${unit.id}，${levelName(unit.level)}）`);
      return 0;
    }
    case 'demo': {
      const units = Number(values.units);
      const staff = Number(values.staff ?? '0');
      if (!Number.isInteger(units) || units < 1 || !Number.isInteger(staff) || staff < 0) {
        io.err('请给出要生成的单位数和学员数，例如：xuefa demo --units 3000 --staff 100000 --db 演示.sqlite');
        return 2;
      }
      const r = await call('demo.generate', { units, staff });
      if (!r) return 1;
      const made = r.value as { units: number; staff: number };
      print(io, json, made, `已生成演示数据：${made.units} 个单位、${made.staff} 名学员`);
      return 0;
    }
    default:
      if (command === 'call' && rest[0]) {
        let args: unknown;
        try {
          args = rest[1] ? (JSON.parse(rest[1]) as unknown) : {};
        } catch {
          io.err('参数必须是 JSON，例如：xuefa call units.create \'{"name":"司法局","parentId":null}\'');
          return 2;
        }
        const r = await call(rest[0], args);
        if (!r) return 1;
        io.out(JSON.stringify(r.value, null, json ? undefined : 2));
        return 0;
      }
      io.err(`不认识的命令：${[command, ...rest].join(' ')}\n\n${USAGE}`);
      return 2;
  }
}
