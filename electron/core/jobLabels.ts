import type { MethodName } from '../../shared/contract';
import { ANOTHER_JOB } from './deskLock';

/**
 * The long jobs, as a message names them when they keep another call
 * waiting ("台账正忙（正在恢复备份）"). Short calls are "另一项操作".
 */
const jobLabels: Partial<Record<MethodName, string>> = {
  'backup.restore': '恢复备份',
  'backup.create': '备份',
  'backup.inspect': '检查备份文件',
  'backup.checkIntegrity': '完整检查',
  'exemptions.verifyEvidence': '核验证明材料',
  'import.preview': '检查名册文件',
  'import.apply': '导入名册',
  'import.sheetSample': '读取名册文件',
  'export.roster': '导出名册',
  'export.template': '生成导入模板',
  'exemptions.print': '打印免考存档',
  'exemptions.attachEvidence': '保存证明材料',
  'exemptions.replaceEvidence': '保存证明材料',
  'staff.fillAccounts': '补填登录账号',
  'credits.preview': '检查学分文件',
  'credits.apply': '导入学分',
  'results.preview': '检查考试结果文件',
  'results.apply': '登记考试结果',
  'bookings.exportList': '导出报考名单',
  'bookings.exportSignInSheet': '导出签到表',
  'bookings.spread': '批量报考',
  'stats.exportSummary': '导出统计表',
  'stats.exportPeople': '导出统计名单',
  'audit.export': '导出操作记录',
  'demo.generate': '生成演示数据',
  'demo.yearWork': '生成演示数据',
};

export function jobLabel(method: MethodName): string {
  return jobLabels[method] ?? ANOTHER_JOB;
}
