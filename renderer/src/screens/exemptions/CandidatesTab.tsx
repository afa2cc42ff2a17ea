import { Alert, Badge, Button, Loader, Table, Text } from '@mantine/core';
import type { Candidate } from '../../../../shared/exemptions/schemas';
import { useDeskQuery } from '../../api/queries';
import { statusColors, statusLabels, type Scope } from './labels';
import { fieldLabels } from '../../../../shared/words/labels';

/** 距退休两年内人员: who may apply on ground (1) this year, with the computed retirement date. */
export function CandidatesTab({ scope, onApply, onOpen }: { scope: Scope; onApply(c: Candidate): void; onOpen(id: number): void }) {
  const q = useDeskQuery('exemptions.candidates', scope);
  if (q.error) {
    return (
      <Alert color="red" title="无法计算">
        {q.error.message}
      </Alert>
    );
  }
  if (!q.data) return <Loader size="sm" aria-label="正在加载" />;
  const { cutoff, limitDate, policyAssumed } = q.data;
  // 到龄未退 people are not ordinary candidates: they are to be set 退休 or given an agreed delay first.
  const candidates = q.data.candidates.filter((c) => !c.overdue);
  const overdue = q.data.candidates.filter((c) => c.overdue);
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        按身份证号中的出生日期、性别和原法定退休年龄，依渐进式延迟退休规定计算法定退休日期；在 {limitDate} 前（含）退休的在职人员可以“距退休两年内”申请免考（截止日期 {cutoff}）；登记了弹性延迟退休的按约定退休日期计算。共 {candidates.length} 人。
      </Text>
      {policyAssumed && (
        <Alert color="yellow" mb="sm" title="本年度还没有年度规则">
          暂按 2024 年通知的规则（截止日期 12 月 31 日，两年内退休）计算，请以当年通知为准。
        </Alert>
      )}
      {overdue.length > 0 && (
        <Alert color="orange" variant="light" mb="sm" title={`${overdue.length} 人到龄未退，不列为一般免考对象`}>
          <Text size="sm" mb={6}>
            以下人员已过退休日期仍为在职：请先在学员名册中设为退休，或登记经协商的弹性延迟退休日期（之后按约定日期计算）。
          </Text>
          <Table aria-label="到龄未退人员" verticalSpacing={4}>
            <Table.Tbody>
              {overdue.map((c) => (
                <Table.Tr key={c.staffId} aria-label={c.name}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{c.unit}</Table.Td>
                  <Table.Td>
                    {c.agreedRetirementDate ? '约定' : '法定'}退休日期 {c.retirementDate}
                  </Table.Td>
                  <Table.Td>
                    <Badge color="orange" variant="light">
                      到龄未退
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Button size="compact-sm" variant="light" color="orange" mt={6} component="a" href="#/staff?overdue=1">
            到学员名册处理
          </Button>
        </Alert>
      )}
      {candidates.length === 0 ? (
        <Text c="dimmed">所选单位本年度没有距退休两年内的在职人员。</Text>
      ) : (
        <Table striped aria-label="距退休两年内人员" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{fieldLabels.name}</Table.Th>
              <Table.Th>{fieldLabels.idNumber}</Table.Th>
              <Table.Th>{fieldLabels.unit}</Table.Th>
              <Table.Th>原法定退休年龄</Table.Th>
              <Table.Th>退休日期</Table.Th>
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
                <Table.Td>
                  {c.retirementDate}
                  {c.agreedRetirementDate && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      （弹性延迟，法定 {c.statutoryRetirementDate}）
                    </Text>
                  )}
                </Table.Td>
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
