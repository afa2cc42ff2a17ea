import path from 'node:path';
import { isDeskError } from '../../../shared/errors';
import type { BackupPreview } from '../../../shared/backup/methods';
import { createBackupFile } from '../../core/backup/createBackupFile';
import { stageRestore } from '../../core/backup/stage';
import { swapInStaged } from '../../core/backup/swap';
import { clockFromEnv } from '../../core/clock';
import { stamp } from '../../core/db/backup';
import { deskInUse, type FolderLock } from '../../core/db/folderLock';
import { lockDesk, openDesk } from '../../core/desk';
import { defaultDataDir, deskPaths } from '../../core/paths';
import { recordAction } from '../../core/services/audit/actions';
import type { DomainCommand } from '../domainCommands';
import type { CliIo } from '../io';
import { print } from '../print';
import { EXIT_DESK_IN_USE } from '../exitStatus';

/**
 * `xuefa backup [--out <file>]`: the one-file backup (database and evidence),
 * by default into the current folder.
 * `xuefa restore <file> [--yes]`: shows what the backup holds; with --yes
 * restores it on the closed desk, keeping the present state as an automatic
 * before-restore backup. Close the desktop app and browser mode first.
 */
export const backupCommands: DomainCommand[] = [
  {
    name: 'backup',
    usage: `  backup [--out <文件.xfbak>]     备份数据库和证明材料到一个文件（默认保存在当前文件夹）\n`,
    options: { out: { type: 'string' } },
    // A backup reads the desk online (VACUUM INTO) and adds one audit row, which SQLite's own locking orders.
    readsOnly: () => true,
    async run(desk, _rest, values, io) {
      const now = desk.ctx.clock.now();
      const out = path.resolve(typeof values.out === 'string' ? values.out : `学法考法备份-${stamp(now)}.xfbak`);
      try {
        const { manifest, size } = await createBackupFile(desk.ctx.db, desk.ctx.paths, out, { appVersion: desk.ctx.appVersion, now });
        await recordAction(desk.ctx.db, desk.ctx, { action: 'backup.create', entity: 'desk', entityId: null, before: null, after: { file: out, counts: manifest.counts } });
        const c = manifest.counts;
        print(io, values.json === true, { file: out, size, counts: c, evidenceFiles: manifest.evidenceFiles }, `已备份到 ${out}\n${c.units} 个单位、${c.staff} 名学员、${c.exemptions} 条免考、${c.bookings} 条报考，证明材料 ${manifest.evidenceFiles} 个文件`);
        return 0;
      } catch (e) {
        return refused(e, values.json === true, io);
      }
    },
  },
  {
    name: 'restore',
    usage: `  restore <备份文件> [--yes]      查看备份内容；加 --yes 从备份恢复（请先关闭本程序的窗口）\n`,
    options: { yes: { type: 'boolean', default: false } },
    opensDesk: false,
    async run(target, rest, values, io) {
      const json = values.json === true;
      if (!rest[0]) {
        io.err('请给出备份文件，例如：xuefa restore 学法考法备份-20241102-090000.xfbak --yes');
        return 2;
      }
      const clock = clockFromEnv();
      const paths = deskPaths(target.dataDir ?? defaultDataDir(), target.databaseFile);
      const source = path.resolve(rest[0]);
      // Only the preview may run beside an open desk; a restore needs the desk to itself until it is done.
      let lock: FolderLock | null = null;
      if (values.yes === true) {
        try {
          lock = await lockDesk(paths.databaseFile, 'cli');
        } catch (e) {
          return refused(e, json, io);
        }
        if (!lock) {
          refused(deskInUse(paths.databaseFile), json, io);
          return EXIT_DESK_IN_USE;
        }
      }
      let staged;
      try {
        staged = await stageRestore(source, path.basename(source), paths, {
          forRestore: values.yes === true,
          // Undoing a restore replays the evidence journal of a backup in the desk's own backups folder only.
          ownBackup: path.dirname(source) === path.resolve(paths.backupsDir),
        });
      } catch (e) {
        await lock?.release();
        return refused(e, json, io);
      }
      if (values.yes !== true || !lock) {
        await staged.discard();
        print(io, json, { restored: false, preview: staged.preview }, describe(staged.preview));
        io.err('没有恢复：确认要用这份备份替换现有数据，请加 --yes 再运行一次。');
        return 1;
      }
      const swapped = await swapInStaged(staged, paths, clock.now(), null).catch(async (e: unknown) => {
        await staged.discard();
        await lock.release();
        throw e;
      });
      // The desk takes the lock over and lets it go when it closes.
      const desk = await openDesk({ mode: 'cli', dataDir: target.dataDir, databaseFile: target.databaseFile, clock, lock });
      try {
        await recordAction(desk.ctx.db, desk.ctx, {
          action: 'backup.restore',
          entity: 'desk',
          entityId: null,
          before: { keptAs: swapped.beforeRestore && path.basename(swapped.beforeRestore) },
          after: {
            from: source,
            createdAt: staged.preview.createdAt,
            counts: staged.preview.counts,
            evidenceRestored: swapped.evidenceRestored,
            evidenceRepaired: swapped.evidenceRepaired,
            evidenceRemoved: swapped.evidenceRemoved,
          },
        });
      } finally {
        await desk.close();
      }
      const kept = swapped.beforeRestore ? `原有数据已保存为 ${swapped.beforeRestore}，如需撤销，可从它恢复。` : '原来没有数据。';
      const repaired = swapped.evidenceRepaired > 0 ? `已用备份中的完好副本修复 ${swapped.evidenceRepaired} 个已损坏的证明材料文件。` : '';
      print(
        io,
        json,
        {
          restored: true,
          preview: staged.preview,
          beforeRestore: swapped.beforeRestore,
          evidenceRestored: swapped.evidenceRestored,
          evidenceRepaired: swapped.evidenceRepaired,
          evidenceRemoved: swapped.evidenceRemoved,
        },
        `${describe(staged.preview)}\n已恢复。${repaired}${kept}`,
      );
      return 0;
    },
  },
];

function describe(p: BackupPreview): string {
  const c = p.counts;
  return [
    `备份：${p.name}（${p.kind === 'backupFile' ? '数据库和证明材料' : '仅数据库'}）`,
    `备份时间：${p.createdAt ?? '未知'}；程序版本：${p.appVersion ?? '未知'}；数据结构：${p.schemaVersion ?? '未知'}`,
    `内容：${c.units} 个单位、${c.staff} 名学员、${c.exemptions} 条免考、${c.bookings} 条报考，证明材料 ${p.evidenceFiles} 个文件`,
    `恢复时证明材料：${evidencePlan(p.evidenceChanges)}`,
  ].join('\n');
}

function evidencePlan(c: BackupPreview['evidenceChanges']): string {
  const parts: string[] = [];
  if (c.add > 0) parts.push(`放回 ${c.add} 个文件`);
  if (c.repair > 0) parts.push(`用备份中的完好副本修复 ${c.repair} 个已损坏的文件`);
  if (c.remove > 0) parts.push(`移除被撤销的那次恢复加入的 ${c.remove} 个文件`);
  return parts.length > 0 ? `${parts.join('，')}；其余不变` : '不变';
}

function refused(e: unknown, json: boolean, io: CliIo): number {
  if (!isDeskError(e)) throw e;
  if (json) io.out(JSON.stringify({ ok: false, error: { code: e.code, message: e.message } }));
  io.err(e.message);
  return 1;
}
