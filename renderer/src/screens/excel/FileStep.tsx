import { Alert, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FileDropZone } from '../../components/FileDropZone';
import { fileSize } from '../../text/format';
import { TemplateButton } from './TemplateButton';
import type { ImportWizard } from './useImportWizard';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Why a chosen file is not taken, before anything is uploaded; null when it is an .xlsx. */
function refusal(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return null;
  if (name.endsWith('.xls') || name.endsWith('.et')) return `“${file.name}”是旧版表格文件。请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再导入。`;
  if (name.endsWith('.csv')) return `“${file.name}”是 CSV 文件。请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（.xlsx）再导入。`;
  return `“${file.name}”不是 Excel 工作簿。只能导入 .xlsx 文件。`;
}

/** ① 选择文件: drop an .xlsx here or pick one; it is uploaded and tried at once. */
export function FileStep({ wizard }: { wizard: ImportWizard }) {
  const [refused, setRefused] = useState<string | null>(null);
  const busy =
    wizard.busy === 'upload'
      ? '正在读取文件…'
      : wizard.busy === 'sample'
        ? '没有自动找到表头，正在读取表格的前 30 行…'
        : wizard.busy === 'preview'
          ? '正在试运行（只检查，不写入）…'
          : null;

  const take = (files: File[]) => {
    const file = files[0];
    if (!file) return;
    const why = refusal(file);
    setRefused(why);
    if (!why) void wizard.chooseFile(file);
  };

  return (
    <Stack>
      <FileDropZone
        label="把 Excel 文件拖到这里"
        prompt="把名册 Excel 文件（.xlsx）拖到这里，或"
        hint="选择后先试运行：列出新增、变更、单位调动和所有错误，确认后才写入。文件不超过 200 MB。"
        pickLabel="选择 Excel 文件"
        accept={`.xlsx,${XLSX_TYPE}`}
        busy={busy}
        onFiles={take}
      />
      {wizard.file && (
        <Text size="sm">
          已选择：<b>{wizard.file.name}</b>（{fileSize(wizard.file.size)}）
        </Text>
      )}
      {(refused ?? wizard.error) && (
        <Alert color="red" title="无法导入这个文件">
          {refused ?? wizard.error}
        </Alert>
      )}
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          还没有合适的表格？
        </Text>
        <TemplateButton size="xs" />
      </Group>
    </Stack>
  );
}
