import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ImportReport } from '../../../../shared/excel/schemas';
import { formatCount } from '../../text/count';

interface Card {
  label: string;
  value: number;
  unit: string;
  note?: string;
  color?: string;
}

/** The dry run's (or the import's) counts, one card each, in the admins' words. */
export function CountCards({ report, label }: { report: ImportReport; label: string }) {
  const cards: Card[] = [
    { label: '新增', value: report.created, unit: '人', color: report.created ? 'green' : undefined },
    { label: '变更', value: report.updated, unit: '人', color: report.updated ? 'blue' : undefined },
    { label: '单位调动', value: report.transfers, unit: '人', note: '含在变更中', color: report.transfers ? 'blue' : undefined },
    { label: '无变化', value: report.unchanged, unit: '人' },
    { label: '新建单位', value: report.unitsCreated, unit: '个', color: report.unitsCreated ? 'green' : undefined },
    { label: '不在文件中', value: report.absent, unit: '人', note: '在册人员，不会删除' },
    { label: '错误', value: report.errorTotal, unit: '处', color: report.errorTotal ? 'red' : undefined },
  ];
  return (
    <SimpleGrid cols={{ base: 4, lg: 7 }} spacing="xs" role="list" aria-label={label}>
      {cards.map((c) => (
        <Paper key={c.label} withBorder p="xs" radius="md" role="listitem" aria-label={`${c.label} ${c.value} ${c.unit}`}>
          <Text size="xs" c="dimmed" lineClamp={1} title={c.label}>
            {c.label}
          </Text>
          <Text fz={24} fw={700} c={c.color} lh={1.3}>
            {formatCount(c.value)}
            <Text span size="sm" fw={400} c="dimmed" ml={4}>
              {c.unit}
            </Text>
          </Text>
          {c.note && (
            <Text size="xs" c="dimmed">
              {c.note}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
