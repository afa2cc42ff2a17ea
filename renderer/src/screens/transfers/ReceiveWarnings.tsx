import { Alert, Stack, Text } from '@mantine/core';
import { routeText, sameExam } from '../../../../shared/rules/transferRules';
import type { Unit } from '../../../../shared/units/schemas';
import type { PersonAtDesk } from '../../../../shared/transfers/schemas';
import { hasLeftService, isInService } from '../../../../shared/staffStatus';

/** Where the chosen person is now, and what the 调入 would refuse or touch, before anything is confirmed. */
export function ReceiveWarnings({ person, toUnit }: { person: PersonAtDesk; toUnit: Unit }) {
  const routeChanges = !sameExam(person.route, toUnit.effectiveRoute);
  return (
    <Stack gap="xs">
      <Text size="sm">
        {person.name} 现在所在：<b>{person.unitPath}</b>（{routeText(person.route)}）
      </Text>
      {person.unitId === toUnit.id && (
        <Alert color="red" variant="light" title="已在调入单位">
          {person.name} 已在“{toUnit.path}”，无需调入。
          {!isInService(person.status) && `如已回到本单位，请在学员名册中把在职状态改为“在职”。`}
        </Alert>
      )}
      {hasLeftService(person.status) && (
        <Alert color="red" variant="light" title="不在职">
          {person.name} 的状态为“{person.status}”，不能调入；如状态有误，请先在学员名册中改正。
        </Alert>
      )}
      {person.status === '调离' && person.unitId !== toUnit.id && (
        <Alert color="yellow" variant="light">
          {person.name} 在名册中的状态为“调离”，调入后将改为“在职”。
        </Alert>
      )}
      {routeChanges && person.unitId !== toUnit.id && (
        <Alert color="yellow" variant="light" title="组考方式将改变">
          由{routeText(person.route)}变为{routeText(toUnit.effectiveRoute)}。
          {person.liveBookings > 0 ? `此人有 ${person.liveBookings} 条未考的报考，调入后将标记为待核对，请改约或取消。` : ''}
        </Alert>
      )}
      {person.expected && person.expected.toUnitId !== toUnit.id && (
        <Alert color="blue" variant="light">
          原单位登记的去向是“{person.expected.toPath}”，与本次调入单位不同；调入后该登记将关闭。
        </Alert>
      )}
    </Stack>
  );
}
