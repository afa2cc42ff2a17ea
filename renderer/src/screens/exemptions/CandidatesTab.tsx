import { Alert, Badge, Button, Loader, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import type { Candidate } from '../../../../shared/exemptions';
import { useQuery } from '../../api/useQuery';
import { statusColors, statusLabels, type Scope } from './labels';

/** 距退休两年内人员: who may apply on ground (1) this year, with the computed retirement date. */
export function CandidatesTab({ scope, generation, onApply, onOpen }: { scope: Scope; generation: number; onApply(c: Candidate): void; onOpen(id: number): void }) {
  const q = useQuery('exemptions.candidates', scope);
  const { reload } = q;
  useEffect(() => {
    if (generation > 0) reload();
  }, [generation, reload]);
  if (q.error) {
    return (
      <Alert color="red" title="无法计算">
        {q.error.message}
      </Alert>
    );
  }
  if (!q.data) return <Loader size="sm" aria-label="正在加载" />;
  const { candidates, cutoff, limitDate, policyAssumed } = q.data;
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        按身份证号中的出生日期、性别和原法定退休年龄，依渐进式延迟退休规定计算法定退休日期；在 {limitDate} 前（含）退休的在职人员可以“距退休两年内”申请免考（截止日期 {cutoff}）。共 {candidates.length} 人。
      </Text>
      {policyAssumed && (
        <Alert color="yellow" mb="sm" title="本年度还没有年度规则">
          暂按 2024 年通知的规则（截止日期 12 月 31 日，两年内退休）计算，请以当年通知为准。
        </Alert>
      )}
      {candidates.length === 0 ? (
        <Text c="dimmed">所选单位本年度没有距退休两年内的在职人员。</Text>
      ) : (
        <Table striped aria-label="距退休两年内人员" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>身份证号</Table.Th>
              <Table.Th>单位</Table.Th>
              <Table.Th>原法定退休年龄</Table.Th>
              <Table.Th>法定退休日期</Table.Th>
              <Table.Th>免考申请</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((c) => (
              <Table.Tr key={c.staffId} aria-label={c.name}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>{c.idNumber}</Table.Td>
                <Table.Td>{c.unit}</Table.Td>
                <Table.Td>{c.retirementAge} 岁</Table.Td>
                <Table.Td>{c.retirementDate}</Table.Td>
                <Table.Td>
                  {c.exemption ? (
                    <Button size="compact-sm" variant="subtle" onClick={() => onOpen(c.exemption!.id)}>
                      <Badge color={statusColors[c.exemption.status]} variant="light">
                        {statusLabels[c.exemption.status]}
                      </Badge>
                    </Button>
                  ) : (
                    <Button size="compact-sm" onClick={() => onApply(c)}>
                      发起申请
                    </Button>
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
