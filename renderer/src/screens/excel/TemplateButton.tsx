import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../../api/client';
import { saveExport } from '../../api/saveExport';

/** 「下载导入模板」: the blank roster template with the right columns and drop-downs. */
export function TemplateButton(props: ButtonProps) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await saveExport(await call('export.template', {}), '已生成导入模板');
    } catch (e) {
      notifications.show({ color: 'red', title: '未能生成导入模板', message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={busy} onClick={() => void download()} {...props}>
      下载导入模板
    </Button>
  );
}
