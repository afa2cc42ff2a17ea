import { Alert, Badge, Group, Loader, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { change, useDeskQuery } from '../../api/queries';

interface Props {
  staffId: number;
  name: string;
  year: number;
}

/** 年度核对 for one person: the six items the platform must mirror, and the checked mark. */
export function CheckReportSection({ staffId, name, year }: Props) {
  const report = useDeskQuery('staff.checkReport', { id: staffId, year });
  const [busy, setBusy] = useState(false);
  // What the admin just chose, shown until the fresh report arrives.
  const [chosen, setChosen] = useState<boolean | null>(null);
  // Keep the choice until a report arrives that agrees with it: an earlier
  // load finishing late must not flip the switch back.
  useEffect(() => {
    if (report.data && chosen !== null && (report.data.checkedAt != null) === chosen) setChosen(null);
  }, [report.data, chosen]);
  const checked = chosen ?? report.data?.checkedAt != null;

  async function toggle(next: boolean) {
    setBusy(true);
    setChosen(next);
    try {
      await change('staff.check', { ids: [staffId], year, checked: next });
      notifications.show({ color: next ? 'teal' : 'gray', message: next ? `已将 ${name} 标记为 ${year} 年度已核对` : `已取消 ${name} 的 ${year} 年度核对` });
    } catch (err) {
      setChosen(null);
      notifications.show({ color: 'red', title: '核对未保存', message: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs" component="section" aria-label="年度核对">
      <Group justify="space-between">
        <Title order={4}>年度核对（{year} 年）</Title>
        {report.loading && <Loader size="xs" aria-label="正在读取核对项" />}
      </Group>
      {report.error && (
        <Alert color="red" variant="light">
          {report.error.message}
        </Alert>
      )}
      {report.data && (
        <>
          <Table withTableBorder verticalSpacing={6} aria-label="核对项">
            <Table.Tbody>
              {report.data.items.map((item) => (
                <Table.Tr key={item.key}>
                  <Table.Td w={120}>{item.label}</Table.Td>
                  <Table.Td w={80}>
                    {item.changed ? (
                      <Badge color="orange" variant="light">
                        有变动
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="outline">
                        无变动
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={item.detail ? undefined : 'dimmed'}>
                      {item.detail ?? (item.changed ? '' : '—')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Switch
              label="标记为已核对"
              color="teal"
              checked={checked}
              disabled={busy}
              onChange={(e) => void toggle(e.currentTarget.checked)}
            />
            <Text size="xs" c="dimmed">
              {checked && report.data.checkedAt ? `已核对 · ${formatAt(report.data.checkedAt)}${report.data.checkedBy ? ` · ${report.data.checkedBy}` : ''}` : checked ? '已核对' : '未核对'}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            有变动的项目需在如法网平台上同步修改后再标记为已核对。
          </Text>
        </>
      )}
    </Stack>
  );
}

/** '2024-09-02T01:00:00.000Z' → the local date and minute. */
function formatAt(at: string | null): string {
  if (!at) return '';
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
