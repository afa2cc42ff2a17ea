import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconDownload, IconEye, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { ArchiveResult } from '../../../../shared/exemptions/schemas';
import { call } from '../../api/client';
import { downloadFile, previewFile } from '../../api/files';
import { fileSize } from '../../text/format';
import { errorText, type Scope } from './labels';

/** 打印存档: the approved exemptions of the scope as one PDF, to preview and save. */
export function PrintTab({ scope }: { scope: Scope }) {
  const [result, setResult] = useState<ArchiveResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const build = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await call('exemptions.print', scope));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" maw={820}>
      <Text size="sm" c="dimmed">
        生成所选单位{scope.unitId ? (scope.includeSubunits === false ? '（不含下级单位）' : '（含下级单位）') : '（全部单位）'} {scope.year}{' '}
        年度已批准免考人员的存档 PDF：封面、目录（姓名、隐去部分数字的身份证号、单位、免考情形、各环节日期、审核人、材料份数），然后是每人的免考记录及其证明材料（图片放在页面上，PDF 原样附后）。
      </Text>
      <Group>
        <Button leftSection={<IconPrinter size={16} />} onClick={() => void build()} loading={busy}>
          生成免考存档
        </Button>
      </Group>
      {error && (
        <Alert color="red" title="没有生成">
          {error}
        </Alert>
      )}
      {result && (
        <Alert color={result.problems.length || result.glyphWarning ? 'orange' : 'green'} title={`已生成“${result.name}”`}>
          <Text size="sm">
            {result.people} 人，证明材料 {result.evidenceFiles} 份，共 {result.pages} 页（{fileSize(result.size)}）。
          </Text>
          {result.problems.length > 0 && (
            <>
              <Text size="sm" fw={500} mt="xs">
                以下证明材料未能放入存档（存档中相应位置已注明），请在“设置”中运行核验并重新添加：
              </Text>
              <List size="sm" aria-label="未能放入存档的证明材料">
                {result.problems.map((p) => (
                  <List.Item key={`${p.name}-${p.evidence}`}>
                    {p.name}：{p.evidence}——{p.message}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {result.glyphWarning && (
            <Text size="sm" mt="xs" role="note">
              {result.glyphWarning}
            </Text>
          )}
          <Group mt="sm">
            <Button size="xs" variant="light" leftSection={<IconEye size={14} />} onClick={() => void previewFile(result.fileId, result.name)}>
              预览
            </Button>
            <Button size="xs" leftSection={<IconDownload size={14} />} onClick={() => void downloadFile(result.fileId, result.name)}>
              保存
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
