import { Alert, Anchor, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ImportApplyResult, ImportPreview } from '../../../../shared/excel/schemas';
import { formatCount } from '../../text/count';
import { CountCards } from './CountCards';
import type { ImportWizard } from './useImportWizard';

/** ④ 导入: confirm (a backup is taken first), then wait. */
export function ApplyStep({ wizard, preview }: { wizard: ImportWizard; preview: ImportPreview }) {
  const [confirming, setConfirming] = useState(false);
  const { report } = preview;
  const blocked = report.errorTotal > 0 && !wizard.skipInvalid;
  const nothingToDo = report.created + report.updated + report.unitsCreated === 0;

  const start = () => {
    setConfirming(false);
    void wizard.apply();
  };

  return (
    <Stack>
      <Text size="sm">将导入“{preview.fileName}”：</Text>
      <List size="sm">
        <List.Item>新增 {formatCount(report.created)} 人，变更 {formatCount(report.updated)} 人（其中单位调动 {formatCount(report.transfers)} 人）</List.Item>
        {report.unitsCreated > 0 && <List.Item>新建单位 {formatCount(report.unitsCreated)} 个</List.Item>}
        {report.errorTotal > 0 && wizard.skipInvalid && <List.Item>有错误的行不导入（共 {formatCount(report.errorTotal)} 处错误）</List.Item>}
        {report.absent > 0 && <List.Item>文件中没有的 {formatCount(report.absent)} 名在册人员保持不变，不会删除</List.Item>}
      </List>
      {blocked && (
        <Alert color="red" title={`有 ${formatCount(report.errorTotal)} 处错误，不能导入`}>
          请改正文件后重新选择，或回到上一步勾选“跳过有错误的行”，只导入正确的行。
        </Alert>
      )}
      {!blocked && nothingToDo && <Alert color="gray">文件与名册一致，没有需要写入的内容。</Alert>}
      {wizard.result && !wizard.result.applied && (
        <Alert color="red" title="没有导入">
          名册在试运行之后有了变化，出现了 {formatCount(wizard.result.errorTotal)} 处错误。请回到上一步查看最新的试运行结果。
        </Alert>
      )}
      {wizard.error && (
        <Alert color="red" title="导入没有完成，数据没有改动">
          {wizard.error}
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={() => wizard.goTo(2)} disabled={wizard.busy === 'apply'}>
          上一步
        </Button>
        <Button onClick={() => setConfirming(true)} disabled={blocked || nothingToDo || wizard.busy !== null} loading={wizard.busy === 'apply'}>
          开始导入
        </Button>
        {wizard.busy === 'apply' && (
          <Group gap={6}>
            <Loader size="xs" />
            <Text size="sm">正在备份并导入，请稍候，不要关闭程序…</Text>
          </Group>
        )}
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="确认导入" centered>
        <Stack>
          <Text size="sm">
            将新增 {formatCount(report.created)} 人、变更 {formatCount(report.updated)} 人
            {report.unitsCreated > 0 ? `、新建单位 ${formatCount(report.unitsCreated)} 个` : ''}。
          </Text>
          <Text size="sm">导入前会先自动备份数据库。导入一次完成：要么全部写入，要么什么都不改。</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              取消
            </Button>
            <Button onClick={start} data-autofocus>
              确认导入
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** After the import: what was written, where the backup is, and the way to the roster. */
export function ImportDone({ result, onAnother }: { result: ImportApplyResult; onAnother(): void }) {
  return (
    <Stack>
      <Alert color="green" icon={<IconCircleCheck />} title="导入完成">
        <Text size="sm">
          已新增 {formatCount(result.created)} 人，变更 {formatCount(result.updated)} 人（其中单位调动 {formatCount(result.transfers)} 人）
          {result.unitsCreated > 0 ? `，新建单位 ${formatCount(result.unitsCreated)} 个` : ''}。
          {result.errorTotal > 0 ? `有错误的行没有导入（共 ${formatCount(result.errorTotal)} 处错误）。` : ''}
        </Text>
        {result.backup && (
          <Text size="xs" c="dimmed" mt={4}>
            导入前已备份到：{result.backup}
          </Text>
        )}
      </Alert>
      <CountCards report={result} label="导入结果" />
      <Group>
        <Anchor href="#/staff">查看学员名册</Anchor>
        <Button variant="default" onClick={onAnother}>
          导入另一个文件
        </Button>
      </Group>
    </Stack>
  );
}
