import { pathToFileURL } from 'node:url';
import { jpegBytes, upload } from '../helpers/evidenceFiles';
import { call, openTempDesk } from '../helpers/tempDesk';
import { idNumber } from '../helpers/idNumber';

/**
 * The printed archive for 200 approved exemptions with one scanned image
 * each (a 620×877 JPEG, made unique per person): the time of
 * `exemptions.print` alone, setting up excluded. Target ≤ 10 s. Prints,
 * does not assert; `npx tsx tests/bench/archiveBench.ts` runs it alone.
 */
export const ARCHIVE_TARGET_SECONDS = 10;

export async function benchArchive(people = 200): Promise<{ seconds: number; pages: number; bytes: number }> {
  const { desk, cleanup } = await openTempDesk('2024-09-02T09:00:00+08:00');
  try {
    const unit = await call(desk, 'units.create', { name: '存档测速局', parentId: null });
    for (let i = 0; i < people; i++) {
      const staff = await call(desk, 'staff.create', {
        input: { idNumber: idNumber(`1985${String((i % 12) + 1).padStart(2, '0')}15`, 100 + i), name: `测试${i + 1}号`, unitId: unit.id },
        year: 2024,
      });
      const app = await call(desk, 'exemptions.create', { staffId: staff.id, year: 2024, ground: 'illness', appliedOn: '2024-08-20', reviewer: '人事科', reviewedOn: '2024-08-21' });
      const file = await upload(desk, `诊断证明-${i + 1}.jpg`, jpegBytes(`scan ${i}`));
      await call(desk, 'exemptions.attachEvidence', { exemptionId: app.id, fileId: file.fileId });
      await call(desk, 'exemptions.decide', { id: app.id, decision: 'approved', decidedOn: '2024-08-25' });
    }
    const start = performance.now();
    const archive = await call(desk, 'exemptions.print', { year: 2024 });
    const seconds = (performance.now() - start) / 1000;
    return { seconds, pages: archive.pages, bytes: archive.size };
  } finally {
    await cleanup();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchArchive();
  const verdict = r.seconds <= ARCHIVE_TARGET_SECONDS ? '达标' : '未达标';
  process.stdout.write(`免考存档 200 人、每人 1 张扫描图：${r.seconds.toFixed(2)} s（目标 ≤ ${ARCHIVE_TARGET_SECONDS} s，${verdict}），${r.pages} 页，${(r.bytes / 1024 / 1024).toFixed(1)} MB\n`);
}
