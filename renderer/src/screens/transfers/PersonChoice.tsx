import { Alert, Badge, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { maskIdNumber } from '../../../../shared/rules/idNumber';
import { routeText } from '../../../../shared/rules/transferRules';
import type { FindResult, PersonAtDesk } from '../../../../shared/transfers/schemas';
import { isInService } from '../../../../shared/staffStatus';

interface Props {
  result: FindResult;
  query: string;
  chosenId: number | null;
  outside: boolean;
  onChoose(person: PersonAtDesk): void;
  onOutside(): void;
}

/** What 查找 found: a pick list of people in the desk, or the way to receive someone from outside it. */
export function PersonChoice({ result, query, chosenId, outside, onChoose, onOutside }: Props) {
  if (result.idProblem) {
    return (
      <Alert color="red" variant="light" title="身份证号有误">
        {result.idProblem}
      </Alert>
    );
  }
  if (result.people.length === 0) {
    if (result.idNumber) {
      return (
        <Alert color="blue" variant="light" title="名册中没有此身份证号">
          <Stack gap="xs">
            <Text size="sm">如果此人从本台账以外的单位调入，请填写原单位并新建学员记录。</Text>
            <Group>
              <Button size="xs" variant={outside ? 'filled' : 'light'} onClick={onOutside}>
                从外单位调入（新建学员记录）
              </Button>
            </Group>
          </Stack>
        </Alert>
      );
    }
    return (
      <Alert color="gray" variant="light">
        名册中没有与“{query}”匹配的学员。从本台账以外的单位调入，请输入完整的身份证号查找。
      </Alert>
    );
  }
  return (
    <Radio.Group
      label={result.people.length > 1 ? '请选择要调入的学员' : undefined}
      value={chosenId === null ? null : String(chosenId)}
      onChange={(v) => {
        const p = result.people.find((x) => String(x.id) === v);
        if (p) onChoose(p);
      }}
    >
      <Stack gap={6} mt={result.people.length > 1 ? 'xs' : 0}>
        {result.people.map((p) => (
          <Radio.Card key={p.id} value={String(p.id)} p="sm" radius="md" aria-label={`${p.name} ${p.unitPath}`}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Radio.Indicator />
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{p.name}</Text>
                  <Text size="sm" c="dimmed">
                    {maskIdNumber(p.idNumber)} · {p.sex} · {p.birthDate}
                  </Text>
                  {!isInService(p.status) && (
                    <Badge color={p.status === '调离' ? 'yellow' : 'red'} variant="light">
                      {p.status}
                    </Badge>
                  )}
                  {p.expected && (
                    <Badge color="blue" variant="light">
                      待接收：调往 {p.expected.toPath}
                    </Badge>
                  )}
                </Group>
                <Text size="sm">
                  现在所在：{p.unitPath}
                  {p.unitArchived ? '（已归档）' : ''} · {routeText(p.route)}
                </Text>
                {p.lastTransfer && (
                  <Text size="xs" c="dimmed">
                    上次调动：{p.lastTransfer.effectiveOn} 由 {p.lastTransfer.fromPath} 调入 {p.lastTransfer.toPath}
                  </Text>
                )}
              </Stack>
            </Group>
          </Radio.Card>
        ))}
        {result.more && (
          <Text size="xs" c="dimmed">
            只列出前 20 人，请输入更完整的姓名或身份证号。
          </Text>
        )}
      </Stack>
    </Radio.Group>
  );
}
