import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../../api/client';
import { useDeskQuery } from '../../api/queries';
import { saveExport } from '../../api/saveExport';
import { TemplateButton } from './TemplateButton';
import { formatCount } from '../../text/count';

/** 导出: the roster (all, or one unit with its sub-units) in the import's own columns, and the blank template. */
export function ExportSection() {
  const units = useDeskQuery('units.list', { includeArchived: true });
  const [unitId, setUnitId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportRoster = async () => {
    setBusy(true);
    try {
      const file = await call('export.roster', unitId ? { unitId: Number(unitId) } : {});
      await saveExport(file, `已导出 ${formatCount(file.rows)} 人`);
    } catch (e) {
      notifications.show({ color: 'red', title: '未能导出', message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        导出的名册与导入模板列相同，身份证号为文本格式；改好后可直接再导入。
      </Text>
      <Group align="flex-end">
        <Select
          label="单位（含下级单位）"
          placeholder="全部单位"
          data={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.archivedAt ? `${u.path}（已归档）` : u.path }))}
          value={unitId}
          onChange={setUnitId}
          searchable
          clearable
          nothingFoundMessage="没有找到该单位"
          w={360}
          error={units.error?.message}
        />
        <Button leftSection={<IconDownload size={16} />} onClick={() => void exportRoster()} loading={busy}>
          导出学员名册
        </Button>
        <TemplateButton />
      </Group>
    </Stack>
  );
}
