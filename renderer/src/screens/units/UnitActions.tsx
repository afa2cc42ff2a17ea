import { Button, Group, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowDown, IconArrowMoveRight, IconArrowUp, IconPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Unit } from '../../../../shared/units/schemas';
import { change } from '../../api/queries';
import { ConfirmModal } from '../../components/ConfirmModal';
import { MoveUnitModal } from './MoveUnitModal';
import { subtreeIds, type UnitTree } from './tree';

interface Props {
  unit: Unit;
  /** The whole tree, archived units included. */
  tree: UnitTree;
  /** Siblings as shown (archived ones left out unless shown), for 上移/下移. */
  shownSiblings: Unit[];
  onCreateChild(): void;
  /** After a change: reload, and select this unit (null: nothing). */
  onChanged(selectId: number | null): void;
}

type Dialog = 'move' | 'archive' | 'delete' | null;

/** What can be done to the selected unit, each refused up front when it cannot apply. */
export function UnitActions({ unit, tree, shownSiblings, onCreateChild, onChanged }: Props) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const archived = unit.archivedAt !== null;
  const at = shownSiblings.findIndex((s) => s.id === unit.id);
  const subunits = tree.children.get(unit.id) ?? [];
  const archivedSubunits = subunits.filter((s) => s.archivedAt !== null).length;
  const descendants = [...subtreeIds(tree, unit.id)].filter((id) => id !== unit.id && tree.byId.get(id)?.archivedAt === null).length;
  const deleteRefusal =
    unit.staffCountTotal > 0
      ? `该单位还有学员（含下级 ${unit.staffCountTotal} 人），不能删除，可以归档`
      : subunits.length > 0
        ? `该单位还有下级单位（${subunits.length} 个${archivedSubunits ? `，其中 ${archivedSubunits} 个已归档` : ''}），不能删除，可以归档`
        : null;

  async function reorder(beforeId: number | null) {
    try {
      await change('units.move', { id: unit.id, parentId: unit.parentId, beforeId });
      onChanged(unit.id);
    } catch (e) {
      notifications.show({ color: 'red', title: '未能调整顺序', message: (e as Error).message });
    }
  }

  return (
    <>
      <Group gap="xs">
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onCreateChild} disabled={archived}>
          新建下级单位
        </Button>
        <Button size="xs" variant="default" leftSection={<IconArrowMoveRight size={14} />} onClick={() => setDialog('move')} disabled={archived}>
          移动到…
        </Button>
        <Button.Group>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArrowUp size={14} />}
            disabled={archived || at <= 0}
            onClick={() => void reorder(shownSiblings[at - 1]!.id)}
          >
            上移
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArrowDown size={14} />}
            disabled={archived || at < 0 || at >= shownSiblings.length - 1}
            onClick={() => void reorder(shownSiblings[at + 2]?.id ?? null)}
          >
            下移
          </Button>
        </Button.Group>
        <Button
          size="xs"
          variant="default"
          leftSection={archived ? <IconRestore size={14} /> : <IconArchive size={14} />}
          onClick={() => setDialog('archive')}
        >
          {archived ? '恢复' : '归档'}
        </Button>
        <Tooltip label={deleteRefusal} disabled={deleteRefusal === null} multiline w={260}>
          <span>
            <Button
              size="xs"
              variant="light"
              color="red"
              leftSection={<IconTrash size={14} />}
              disabled={deleteRefusal !== null}
              onClick={() => setDialog('delete')}
            >
              删除
            </Button>
          </span>
        </Tooltip>
      </Group>

      {dialog === 'move' && (
        <MoveUnitModal
          unit={unit}
          tree={tree}
          onClose={() => setDialog(null)}
          onMoved={(moved) => {
            setDialog(null);
            notifications.show({ color: 'green', message: `已将“${moved.name}”移到 ${moved.path}` });
            onChanged(moved.id);
          }}
        />
      )}
      <ConfirmModal
        opened={dialog === 'archive'}
        title={archived ? `恢复“${unit.name}”` : `归档“${unit.name}”`}
        confirmLabel={archived ? '恢复' : '归档'}
        color={archived ? undefined : 'orange'}
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          const done = await change('units.archive', { id: unit.id, archived: !archived });
          notifications.show({ color: 'green', message: archived ? `已恢复“${done.name}”` : `已归档“${done.name}”` });
          onChanged(done.id);
        }}
      >
        {archived ? (
          <Text size="sm">恢复后，该单位重新出现在单位层级中，可以再修改和新建下级单位。</Text>
        ) : (
          <>
            <Text size="sm">
              归档后该单位不再显示在单位层级中{descendants > 0 ? `，其下级单位（${descendants} 个）也一并归档` : ''}。
            </Text>
            <Text size="sm">学员仍保留在原单位，不会删除；打开「显示已归档」可以查看和恢复。</Text>
          </>
        )}
      </ConfirmModal>
      <ConfirmModal
        opened={dialog === 'delete'}
        title={`删除“${unit.name}”`}
        confirmLabel="删除"
        color="red"
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          await change('units.delete', { id: unit.id });
          notifications.show({ color: 'green', message: `已删除“${unit.name}”` });
          onChanged(null);
        }}
      >
        <Text size="sm">该单位没有学员，也没有下级单位。删除后不能撤销，操作记录中会保留这次删除。</Text>
      </ConfirmModal>
    </>
  );
}
