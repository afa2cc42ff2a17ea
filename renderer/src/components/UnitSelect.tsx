import { Group, Select, Text, type SelectProps } from '@mantine/core';
import type { Unit } from '../../../shared/units/schemas';

export interface UnitChoice {
  unit: Unit;
  /** Why it cannot be chosen, shown beside it; absent when it can. */
  disabledReason?: string;
}

/** Value of the extra 「作为一级单位」 choice. */
export const TOP_LEVEL = 'top';

interface Props extends Omit<SelectProps, 'data' | 'renderOption' | 'value' | 'onChange'> {
  /** Units in tree order (each sub-unit after its parent). */
  choices: UnitChoice[];
  value: string | null;
  onChange(value: string | null): void;
  /** Offer 「作为一级单位」 first, with this reason when it cannot be chosen. */
  topLevel?: { disabledReason?: string };
}

/**
 * A unit picker showing the tree by indentation. The input shows the chosen
 * unit's full path (two 办公室 under different parents stay apart), and the
 * search matches any part of that path.
 */
export function UnitSelect({ choices, topLevel, ...props }: Props) {
  const levels = new Map(choices.map((c) => [String(c.unit.id), c.unit.level]));
  const reasons = new Map<string, string>();
  const data = choices.map((c) => {
    if (c.disabledReason) reasons.set(String(c.unit.id), c.disabledReason);
    return { value: String(c.unit.id), label: c.unit.path, disabled: c.disabledReason !== undefined };
  });
  if (topLevel) {
    if (topLevel.disabledReason) reasons.set(TOP_LEVEL, topLevel.disabledReason);
    data.unshift({ value: TOP_LEVEL, label: '作为一级单位', disabled: topLevel.disabledReason !== undefined });
  }
  const names = new Map(choices.map((c) => [String(c.unit.id), c.unit.name]));

  return (
    <Select
      {...props}
      data={data}
      searchable
      maxDropdownHeight={320}
      nothingFoundMessage="没有找到该单位"
      renderOption={({ option }) => (
        <Group gap={6} wrap="nowrap" pl={((levels.get(option.value) ?? 1) - 1) * 16}>
          <Text size="sm" fw={option.value === TOP_LEVEL ? 600 : undefined}>
            {option.value === TOP_LEVEL ? option.label : names.get(option.value)}
          </Text>
          {reasons.has(option.value) && (
            <Text size="xs" c="dimmed">
              （{reasons.get(option.value)}）
            </Text>
          )}
        </Group>
      )}
    />
  );
}
