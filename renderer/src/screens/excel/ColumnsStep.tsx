import { Alert, Button, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ImportPreview, RosterField } from '../../../../shared/excel/schemas';
import { ColumnFieldsTable } from './ColumnFieldsTable';
import { fieldLabel, requiredFields } from './format';
import type { ImportWizard } from './useImportWizard';
import { formatCount } from '../../text/count';

/** ② 工作表与列: which sheet, and which field each column of the header row is read as. */
export function ColumnsStep({ wizard, preview }: { wizard: ImportWizard; preview: ImportPreview }) {
  const { report } = preview;

  const choose = (header: string, current: RosterField | null, field: RosterField | null) => {
    if (field === current) return;
    if (current && requiredFields.includes(current)) {
      // Leaving a required field without a column would make the sheet unreadable.
      notifications.show({
        color: 'orange',
        title: `“${fieldLabel(current)}”是必填列`,
        message: `要改用另一列作为“${fieldLabel(current)}”，请在那一列选择“${fieldLabel(current)}”。`,
      });
      return;
    }
    wizard.chooseField(header, field);
  };

  return (
    <Stack>
      {preview.sheets.length > 1 && (
        <Select
          label="工作表"
          description="文件中有多个工作表，请选择名册所在的一个"
          data={preview.sheets}
          value={wizard.sheet ?? report.sheet}
          allowDeselect={false}
          disabled={wizard.busy !== null}
          onChange={(v) => v && wizard.chooseSheet(v)}
          maw={360}
        />
      )}
      {wizard.error ? (
        <Alert color="red" title="无法按当前选择读取">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{wizard.error}</Text>
            <Button size="xs" variant="light" disabled={wizard.busy !== null} onClick={() => void wizard.openPicker(wizard.sheet ?? report.sheet)}>
              手动选择表头行
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          <Group gap="xs">
            <Text size="sm">
              工作表“{report.sheet}”的表头在第 {report.headerFrom < report.headerRow ? `${report.headerFrom}–${report.headerRow}` : report.headerRow} 行{wizard.headerRow !== undefined ? '（您指定的）' : ''}，下面有 {formatCount(report.rows)} 行数据。请核对每一列导入为哪一项；您的选择会记住，下次导入同样表头的文件时自动使用。
            </Text>
            <Button size="compact-xs" variant="subtle" disabled={wizard.busy !== null} onClick={() => void wizard.openPicker(report.sheet)}>
              表头不对？手动选择表头行
            </Button>
          </Group>
          <ColumnFieldsTable label="表头各列" columns={preview.columns} disabled={wizard.busy !== null} onChoose={choose} />
        </>
      )}
      <Text size="xs" c="dimmed">
        性别、出生日期由身份证号得出，不必导入。
      </Text>
      <Group>
        <Button variant="default" onClick={() => wizard.goTo(0)}>
          上一步
        </Button>
        <Button onClick={() => wizard.goTo(2)} disabled={wizard.busy !== null || wizard.error !== null}>
          下一步：查看试运行结果
        </Button>
        {wizard.busy === 'preview' && <Loader size="xs" aria-label="正在试运行" />}
      </Group>
    </Stack>
  );
}
