import { Code, Loader, Stack, Table, Text } from '@mantine/core';
import { useDeskQuery } from '../../api/queries';

/** 数据文件夹: where everything lives, and how to move it (done with the desk closed). */
export function DataFolderSection() {
  const status = useDeskQuery('backup.status', {});
  const s = status.data;
  if (!s) return status.error ? <Text c="red">{status.error.message}</Text> : <Loader size="sm" aria-label="正在加载" />;
  const rows: [string, string][] = [
    ['数据文件夹', s.dataDir],
    ['数据库', s.databaseFile],
    ['自动备份', s.backupsDir],
    ['证明材料', s.evidenceDir],
  ];
  return (
    <Stack gap="sm">
      <Table variant="vertical" withTableBorder layout="fixed" aria-label="数据文件夹">
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th w={120}>{k}</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>
                <Code>{v}</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        更换存放位置：先“立即备份到文件”，关闭本程序，把整个数据文件夹复制到新位置，再以环境变量 XUEFA_DATA_DIR 指向新位置启动；确认数据无误后再删除旧文件夹。
      </Text>
    </Stack>
  );
}
