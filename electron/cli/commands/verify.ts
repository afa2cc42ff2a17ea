import { verifyEvidence } from '../../core/evidence/verify';
import type { OpenDeskCommand } from '../domainCommands';
import { print } from '../print';

/** xuefa verify: re-hashes every evidence file and checks the database; exit 1 on any problem. */
export const verifyCommand: OpenDeskCommand = {
  name: 'verify',
  usage: `  verify                       核验：重新计算每份证明材料的校验码（缺失、被改动、多余的文件），并检查数据库完整性
`,
  options: {},
  readsOnly: () => true,
  async run(desk, _rest, values, io) {
    const r = await verifyEvidence(desk.ctx.db, desk.ctx.paths.dataDir);
    const lines = [`已核验证明材料 ${r.checkedFiles} 份。`];
    const names = (n: string[]) => (n.length > 0 ? n.join('、') : '（无记录的文件名）');
    for (const f of r.missing) lines.push(`缺失：${names(f.names)}（校验码 ${f.sha256}）`);
    for (const f of r.altered) lines.push(`被改动：${names(f.names)}（校验码 ${f.sha256}）`);
    for (const s of r.stray) lines.push(`多余的文件：evidence/${s}`);
    lines.push(r.integrity.length === 1 && r.integrity[0] === 'ok' ? '数据库完整性检查：正常。' : `数据库完整性检查发现问题：${r.integrity.join('；')}`);
    lines.push(r.ok ? '核验通过。' : '核验发现问题，请按上面的提示处理。');
    print(io, values.json === true, r, lines.join('\n'));
    return r.ok ? 0 : 1;
  },
};
