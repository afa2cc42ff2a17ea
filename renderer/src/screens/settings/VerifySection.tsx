import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { VerifyReport } from '../../../../shared/exemptions/schemas';
import { call } from '../../api/client';

/** 核验: re-hashes every evidence file and checks the database (the same as `xuefa verify`). */
export function VerifySection() {
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await call('exemptions.verifyEvidence', {}));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const names = (n: string[]) => n.join('、') || '（无记录的文件名）';
  return (
    <Stack gap="sm">
      <Button onClick={() => void run()} loading={busy} w="fit-content">
        核验
      </Button>
      {error && <Alert color="red">{error}</Alert>}
      {report && (
        <Alert color={report.ok ? 'green' : 'red'} title={report.ok ? '核验通过' : '核验发现问题'}>
          <Text size="sm">已重新计算 {report.checkedFiles} 份证明材料的校验码。数据库完整性检查：{report.integrity.join('；') === 'ok' ? '正常' : report.integrity.join('；')}。</Text>
          {!report.ok && (
            <List size="sm" mt="xs">
              {report.missing.map((f) => (
                <List.Item key={`m${f.sha256}`}>缺失：{names(f.names)}</List.Item>
              ))}
              {report.altered.map((f) => (
                <List.Item key={`a${f.sha256}`}>被改动：{names(f.names)}</List.Item>
              ))}
              {report.stray.map((s) => (
                <List.Item key={`s${s}`}>多余的文件：evidence/{s}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
