import { Card, Group, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Funnel } from '../../../../shared/stats/methods';
import {
  passRateDefinition,
  rateText,
  sitRateDefinition,
  statsFigureDefinitions,
  statsFigureKeys,
  statsFigureLabels,
  type StatsFigure,
} from '../../../../shared/rules/statsFigures';

interface Props {
  funnel: Funnel;
  onOpen(figure: StatsFigure): void;
}

export function FunnelCards({ funnel, onOpen }: Props) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 2 }} spacing="sm">
        <RateCard label="参考率" value={funnel.sitRate} definition={sitRateDefinition} />
        <RateCard label="通过率" value={funnel.passRate} definition={passRateDefinition} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 3, sm: 4, lg: 7 }} spacing="xs" role="list" aria-label="年度统计数字">
        {statsFigureKeys.map((figure) => {
          const n = funnel[figure];
          return (
            <UnstyledButton
              key={figure}
              role="listitem"
              onClick={() => n !== null && onOpen(figure)}
              disabled={n === null}
              aria-label={`${statsFigureLabels[figure]} ${n ?? '—'} 人，查看名单`}
              title={statsFigureDefinitions[figure]}
            >
              <Card withBorder padding="xs" style={{ cursor: n === null ? 'default' : 'pointer' }}>
                <Text size="xs" c="dimmed">
                  {statsFigureLabels[figure]}
                </Text>
                <Text fw={700} size="xl">
                  {n ?? '—'}
                </Text>
              </Card>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

function RateCard({ label, value, definition }: { label: string; value: number | null; definition: string }) {
  return (
    <Card withBorder padding="sm" aria-label={label}>
      <Group justify="space-between" align="baseline">
        <Text fw={600}>{label}</Text>
        <Text fw={700} size="28px" c="indigo">
          {rateText(value)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {definition}
      </Text>
    </Card>
  );
}
