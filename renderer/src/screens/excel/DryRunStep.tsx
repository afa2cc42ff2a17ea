import { Alert, Button, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import type { ImportPreview } from '../../../../shared/excel/schemas';
import { CountCards } from './CountCards';
import { DetailTabs } from './DetailTabs';
import type { ImportWizard } from './useImportWizard';
import { formatCount } from '../../text/count';

/** ③ 试运行结果: what the import would do, nothing written yet. */
export function DryRunStep({ wizard, preview }: { wizard: ImportWizard; preview: ImportPreview }) {
  const { report } = preview;
  const missingUnits = preview.details.unknownUnits.length > 0 || wizard.createUnits;
  return (
    <Stack>
      <Group gap="xs">
        <Text size="sm">
          “{preview.fileName}”工作表“{report.sheet}”，数据 {formatCount(report.rows)} 行。以下是试运行结果，<b>尚未写入任何数据</b>。
        </Text>
        {wizard.busy === 'preview' && <Loader size="xs" aria-label="正在试运行" />}
      </Group>
      {wizard.error && (
        <Alert color="red" title="试运行没有完成">
          {wizard.error}
        </Alert>
      )}
      {preview.stoppedAtRow !== null && (
        <Alert color="gray">第 {preview.stoppedAtRow} 行起只有空白格式，没有继续读取。</Alert>
      )}
      <CountCards report={report} label="试运行统计" />
      <Group gap="xl">
        {missingUnits && (
          <Checkbox
            label="自动建立缺少的单位"
            description="按文件中的单位名称或路径建立，重新试运行"
            checked={wizard.createUnits}
            disabled={wizard.busy !== null}
            onChange={(e) => wizard.setCreateUnits(e.currentTarget.checked)}
          />
        )}
        {report.errorTotal > 0 && (
          <Checkbox
            label="跳过有错误的行"
            description="只导入正确的行；有错误的行不导入，改正后可再导入一次"
            checked={wizard.skipInvalid}
            onChange={(e) => wizard.setSkipInvalid(e.currentTarget.checked)}
          />
        )}
      </Group>
      <DetailTabs key={`${report.sheet}:${wizard.createUnits}`} preview={preview} />
      <Group>
        <Button variant="default" onClick={() => wizard.goTo(1)}>
          上一步
        </Button>
        <Button onClick={() => wizard.goTo(3)} disabled={wizard.busy !== null}>
          下一步：导入
        </Button>
      </Group>
    </Stack>
  );
}
