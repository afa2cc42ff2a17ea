import { Alert, Button, Group, Modal, ScrollArea, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useDeskQuery } from '../../api/queries';

/**
 * 统计's line about 到龄未退: how many of 参加人数 are still 在职 past their
 * retirement date (as of the planning date), with the list, so the admin can
 * settle them in the roster before reporting the figures.
 */
export function OverdueRetirementNotice({ unitId, scopeName }: { unitId: number | null; scopeName: string }) {
  const q = useDeskQuery('retirement.overdue', { unitId, takingPartOnly: true });
  const [opened, setOpened] = useState(false);
  const people = q.data?.people ?? [];
  if (people.length === 0) return null;
  return (
    <>
      <Alert color="orange" variant="light" p="xs" aria-label="到龄未退提示">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            参加人数中有 <b>{people.length}</b> 人到龄未退（截至 {q.data!.today}）：已过退休日期仍为在职，计入了参加人数和应参考。上报前请设为退休或登记弹性延迟退休。
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="white" color="orange" onClick={() => setOpened(true)}>
              查看名单
            </Button>
            <Button size="xs" variant="white" color="orange" component="a" href="#/staff?overdue=1">
              到学员名册处理
            </Button>
          </Group>
        </Group>
      </Alert>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`到龄未退 · ${scopeName}（${people.length} 人）`} size="lg">
        <ScrollArea.Autosize mah={480}>
          <Table striped aria-label="到龄未退名单">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>姓名</Table.Th>
                <Table.Th>单位</Table.Th>
                <Table.Th>退休日期</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((p) => (
                <Table.Tr key={p.staffId}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.unitPath}</Table.Td>
                  <Table.Td>
                    {p.agreedDate ? `约定 ${p.agreedDate}` : `法定 ${p.statutoryDate ?? '无法计算'}`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Modal>
    </>
  );
}
