import { notifications } from '@mantine/notifications';
import { downloadFile } from './files';

/** Hands an export to the admin (save dialog or browser download) and says where it went. */
export async function saveExport(file: { fileId: string; name: string }, what: string): Promise<void> {
  const outcome = await downloadFile(file.fileId, file.name);
  if (!outcome.saved) return;
  notifications.show({
    color: 'green',
    title: what,
    message: outcome.path ? `已保存到 ${outcome.path}` : `已开始下载“${file.name}”，请在浏览器的下载列表中查看。`,
  });
}
