import { Group, Progress, Stack, Text } from '@mantine/core';
import type { StatsSummary } from '../../../../shared/stats/methods';
import { rateText } from '../../../../shared/rules/statsFigures';

/**
 * 参考率 and 通过率 per sub-unit as bars (Mantine Progress; no chart package
 * is installed). A row with nobody to count shows — instead of a bar.
 */
export function SubUnitChart({ rows }: { rows: StatsSummary['rows'] }) {
  if (rows.length === 0) return <Text size="sm" c="dimmed">没有下级单位。</Text>;
  return (
    <Stack gap={6} role="figure" aria-label="各单位参考率和通过率">
      <Group gap="md">
        <Legend color="indigo.4" label="参考率" />
        <Legend color="teal.6" label="通过率" />
      </Group>
      {rows.map((r) => (
        <Group key={`${r.unitId}-${r.own}`} gap="sm" wrap="nowrap" aria-label={`${r.name}：参考率 ${rateText(r.funnel.sitRate)}，通过率 ${rateText(r.funnel.passRate)}`}>
          <Text size="sm" w={180} truncate="end" title={r.name}>
            {r.name}
          </Text>
          <Stack gap={2} style={{ flex: 1 }}>
            <Bar value={r.funnel.sitRate} color="indigo.4" />
            <Bar value={r.funnel.passRate} color="teal.6" />
          </Stack>
          <Text size="xs" w={110} c="dimmed" ta="right">
            {rateText(r.funnel.sitRate)} / {rateText(r.funnel.passRate)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function Bar({ value, color }: { value: number | null; color: string }) {
  return <Progress value={value === null ? 0 : value * 100} color={color} size="md" radius="xs" aria-hidden />;
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={4}>
      <Progress value={100} color={color} w={24} size="md" radius="xs" aria-hidden />
      <Text size="xs">{label}</Text>
    </Group>
  );
}
