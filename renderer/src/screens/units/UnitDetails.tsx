import { Badge, CloseButton, Group, Stack, Text, Title } from '@mantine/core';
import { levelName } from '../../../../shared/rules/unitLevel';
import type { Unit } from '../../../../shared/units/schemas';
import { UnitActions } from './UnitActions';
import { UnitEditForm } from './UnitEditForm';
import type { UnitTree } from './tree';

interface Props {
  unit: Unit;
  tree: UnitTree;
  shownSiblings: Unit[];
  attributes: string[];
  onClose(): void;
  onCreateChild(): void;
  onChanged(selectId: number | null): void;
}

/** The right-hand panel: who the unit is, what can be done to it, and its editable details. */
export function UnitDetails({ unit, tree, shownSiblings, attributes, onClose, onCreateChild, onChanged }: Props) {
  const parent = unit.parentId === null ? undefined : tree.byId.get(unit.parentId);
  return (
    <Stack gap="md" aria-label="单位详情" role="region">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={3}>{unit.name}</Title>
            <Badge variant="light">{levelName(unit.level)}</Badge>
            {unit.archivedAt !== null && (
              <Badge variant="outline" color="gray">
                已归档
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {unit.path} · 学员 本级 {unit.staffCount} 人 / 含下级 {unit.staffCountTotal} 人
          </Text>
        </Stack>
        <CloseButton aria-label="关闭单位详情" onClick={onClose} />
      </Group>
      <UnitActions unit={unit} tree={tree} shownSiblings={shownSiblings} onCreateChild={onCreateChild} onChanged={onChanged} />
      {unit.archivedAt !== null && (
        <Text size="sm" c="orange.8">
          该单位已于 {unit.archivedAt.slice(0, 10)} 归档，恢复后才能修改。
        </Text>
      )}
      <UnitEditForm key={`${unit.id}:${unit.updatedAt}`} unit={unit} parent={parent} attributes={attributes} onSaved={(u) => onChanged(u.id)} />
    </Stack>
  );
}
