import { Alert, Badge, Button, Group, Loader, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useDeskQuery } from '../../api/queries';
import { flagBadges, groundLabels, statusColors, statusLabels, type Scope } from './labels';
import { fieldLabels } from '../../../../shared/words/labels';

/** 免考申请: the year's applications in the scope, with their checks; a row opens its drawer. */
export function ApplicationsTab({ scope, onOpen, onNew }: { scope: Scope; onOpen(id: number): void; onNew(): void }) {
  const list = useDeskQuery('exemptions.list', scope);
  const rows = list.data ?? [];
  const flagged = rows.filter((r) => r.flags.length > 0).length;
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {list.data ? `共 ${rows.length} 份申请，已批准 ${rows.filter((r) => r.status === 'approved').length} 人${flagged ? `，${flagged} 份有核查提示` : ''}` : ''}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={onNew}>
          新建免考申请
        </Button>
      </Group>
      {list.error && (
        <Alert color="red" title="无法读取免考申请">
          {list.error.message}
        </Alert>
      )}
      {list.loading && !list.data && <Loader size="sm" aria-label="正在加载" />}
      {list.data && rows.length === 0 && <Text c="dimmed">本年度还没有免考申请。可在“距退休两年内人员”中发起，或点“新建免考申请”登记产假、重大疾病。</Text>}
      {rows.length > 0 && (
        <Table striped highlightOnHover aria-label="免考申请" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{fieldLabels.name}</Table.Th>
              <Table.Th>{fieldLabels.idNumber}</Table.Th>
              <Table.Th>{fieldLabels.unit}</Table.Th>
              <Table.Th>免考情形</Table.Th>
              <Table.Th>状态</Table.Th>
              <Table.Th>审核人</Table.Th>
              <Table.Th>证明材料</Table.Th>
              <Table.Th>核查提示</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} onClick={() => onOpen(r.id)} style={{ cursor: 'pointer' }} aria-label={r.name}>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => onOpen(r.id)}>
                    {r.name}
                  </Button>
                </Table.Td>
                <Table.Td>{r.idNumber}</Table.Td>
                <Table.Td>{r.unitPath}</Table.Td>
                <Table.Td>{groundLabels[r.ground]}</Table.Td>
                <Table.Td>
                  <Badge color={statusColors[r.status]} variant="light">
                    {statusLabels[r.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>{r.reviewer ?? '—'}</Table.Td>
                <Table.Td>{r.evidenceCount} 份</Table.Td>
                <Table.Td>
                  {r.flags.map((f) => (
                    <Badge key={f.code} color={f.code === 'sharedEvidence' ? 'orange' : 'red'} variant="light" title={f.message} mr={4}>
                      {flagBadges[f.code]}
                    </Badge>
                  ))}
                  {r.evasion?.decision === 'cleared' && (
                    <Badge color="gray" variant="light" title={`${r.evasion.decidedOn} 排除规避考试嫌疑：${r.evasion.reason ?? ''}`} mr={4}>
                      已排除规避嫌疑
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
