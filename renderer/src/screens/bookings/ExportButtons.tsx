import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { saveExport } from '../../api/saveExport';

/** An export offered as Excel and as a printable PDF. */
export function ExportButtons({ label, disabled, make }: { label: string; disabled?: boolean; make(format: 'xlsx' | 'pdf'): Promise<{ fileId: string; name: string; rows: number; glyphWarning?: string | null }> }) {
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);
  const run = async (format: 'xlsx' | 'pdf') => {
    setBusy(format);
    try {
      const file = await make(format);
      if (file.glyphWarning) notifications.show({ color: 'orange', title: `${label}中有字体无法显示的字`, message: file.glyphWarning, autoClose: false });
      await saveExport(file, `已导出${label}（${file.rows} 人）`);
    } catch (e) {
      notifications.show({ color: 'red', title: `未能导出${label}`, message: (e as Error).message });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconDownload size={16} />} disabled={disabled} loading={busy === 'xlsx'} onClick={() => void run('xlsx')}>
        {label}（Excel）
      </Button>
      <Button variant="default" leftSection={<IconDownload size={16} />} disabled={disabled} loading={busy === 'pdf'} onClick={() => void run('pdf')}>
        {label}（PDF 打印）
      </Button>
    </Group>
  );
}
