import { Group, NumberInput, Text } from '@mantine/core';

interface Props {
  year: number;
  onChange(year: number): void;
}

/** The 核对年度 the 核对 column, filter and marks refer to; defaults to the desk's working year. */
export function CheckYearInput({ year, onChange }: Props) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed" component="label" htmlFor="staff-check-year">
        核对年度
      </Text>
      <NumberInput
        id="staff-check-year"
        size="xs"
        value={year}
        onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && onChange(v)}
        min={2000}
        max={2100}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="blur"
        w={84}
      />
    </Group>
  );
}
