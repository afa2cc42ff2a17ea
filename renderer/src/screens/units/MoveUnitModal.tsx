import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { levelName } from '../../../../shared/rules/unitLevel';
import type { Unit } from '../../../../shared/units/schemas';
import { change } from '../../api/queries';
import { subtreeIds, type UnitTree } from './tree';
import { TOP_LEVEL, UnitSelect } from '../../components/UnitSelect';

interface Props {
  unit: Unit;
  /** The whole tree, archived units included. */
  tree: UnitTree;
  onClose(): void;
  onMoved(unit: Unit): void;
}

/** 移动到…: pick a new parent (or the top); the unit and its sub-units cannot be chosen. */
export function MoveUnitModal({ unit, tree, onClose, onMoved }: Props) {
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const own = subtreeIds(tree, unit.id);
  const choices = tree.ordered
    .filter((u) => u.archivedAt === null)
    .map((u) => ({
      unit: u,
      disabledReason:
        u.id === unit.id ? '本单位' : own.has(u.id) ? '本单位的下级，不能选' : u.id === unit.parentId ? '当前上级' : undefined,
    }));

  const newParent = target === null || target === TOP_LEVEL ? null : tree.byId.get(Number(target));
  const newLevel = newParent ? newParent.level + 1 : 1;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (target === null) {
      setError('请选择新的上级单位，或选择「作为一级单位」');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onMoved(await change('units.move', { id: unit.id, parentId: newParent ? newParent.id : null }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`移动“${unit.name}”`}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text size="sm" c="dimmed">
            现在位于：{unit.path}（{levelName(unit.level)}）。其下级单位和学员随之一起移动。
          </Text>
          <UnitSelect
            label="移动到"
            placeholder="选择新的上级单位"
            choices={choices}
            topLevel={{ disabledReason: unit.parentId === null ? '已是一级单位' : undefined }}
            value={target}
            onChange={(v) => {
              setTarget(v);
              setError(null);
            }}
            data-autofocus
          />
          {target !== null && (
            <Text size="sm">
              移动后：{newParent ? `${newParent.path}/` : ''}
              {unit.name}（{levelName(newLevel)}）
            </Text>
          )}
          {error && (
            <Alert color="red" variant="light" title="不能移动">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" loading={busy}>
              移动
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
