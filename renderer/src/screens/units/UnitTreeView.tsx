import { ActionIcon, Badge, Box, Group, Highlight, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { levelName } from '../../../../shared/rules/unitLevel';
import type { Unit } from '../../../../shared/units/schemas';
import type { UnitTree } from './tree';

interface Props {
  tree: UnitTree;
  selectedId: number | null;
  onSelect(id: number): void;
  isExpanded(unit: Unit): boolean;
  onToggle(unit: Unit, expanded: boolean): void;
  /** Units to show while searching (matches and their ancestors); null shows all. */
  shown: Set<number> | null;
  query: string;
}

/**
 * The unit tree as nested lists. Each unit is a button (Enter or click
 * selects it); ↑/↓ walk the visible units, → opens a unit or goes to its
 * first sub-unit, ← closes it or goes to its parent.
 */
export function UnitTreeView({ tree, selectedId, onSelect, isExpanded, onToggle, shown, query }: Props) {
  const visibleChildren = (parentId: number | null) =>
    (tree.children.get(parentId) ?? []).filter((u) => shown === null || shown.has(u.id));
  const top = visibleChildren(null);
  const focusTarget =
    selectedId !== null && tree.byId.has(selectedId) && (shown === null || shown.has(selectedId)) ? selectedId : top[0]?.id;

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const rows = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-unit-id]'));
    const index = rows.findIndex((r) => r === document.activeElement);
    if (index < 0) return;
    const unit = tree.byId.get(Number(rows[index]!.dataset.unitId));
    if (!unit) return;
    const hasChildren = visibleChildren(unit.id).length > 0;
    const focusId = (id: number) => rows.find((r) => Number(r.dataset.unitId) === id)?.focus();
    const moves: Record<string, () => void> = {
      ArrowDown: () => rows[Math.min(rows.length - 1, index + 1)]?.focus(),
      ArrowUp: () => rows[Math.max(0, index - 1)]?.focus(),
      Home: () => rows[0]?.focus(),
      End: () => rows[rows.length - 1]?.focus(),
      ArrowRight: () => (hasChildren && !isExpanded(unit) ? onToggle(unit, true) : rows[index + 1]?.focus()),
      ArrowLeft: () => (hasChildren && isExpanded(unit) ? onToggle(unit, false) : unit.parentId !== null && focusId(unit.parentId)),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      move();
    }
  }

  const renderUnit = (u: Unit) => {
    const kids = visibleChildren(u.id);
    const open = kids.length > 0 && (shown !== null || isExpanded(u));
    const selected = u.id === selectedId;
    const archived = u.archivedAt !== null;
    return (
      <li key={u.id}>
        <Group
          gap={4}
          wrap="nowrap"
          pl={(u.level - 1) * 20}
          pr="xs"
          style={{ borderRadius: 4, background: selected ? 'var(--mantine-primary-color-light)' : undefined }}
        >
          {kids.length > 0 ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              tabIndex={-1}
              aria-label={open ? `收起“${u.name}”` : `展开“${u.name}”`}
              onClick={() => onToggle(u, !open)}
              disabled={shown !== null}
            >
              {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
            </ActionIcon>
          ) : (
            <Box w={22} />
          )}
          <UnstyledButton
            data-unit-id={u.id}
            tabIndex={u.id === focusTarget ? 0 : -1}
            aria-current={selected ? 'true' : undefined}
            onClick={() => onSelect(u.id)}
            py={6}
            style={{ flex: 1, minWidth: 0, opacity: archived ? 0.55 : 1 }}
          >
            <Group gap={6} wrap="nowrap" justify="space-between">
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                <Highlight highlight={query.trim()} size="sm" fw={u.level === 1 ? 600 : 400} truncate>
                  {u.name}
                </Highlight>
                <Badge size="xs" variant="light" color={archived ? 'gray' : undefined} style={{ flexShrink: 0 }}>
                  {levelName(u.level)}
                </Badge>
                {u.examRoute === 'category' && (
                  <Badge size="xs" variant="outline" color="teal" title={`分类组考，对应 ${u.counterpart ?? ''}`} style={{ flexShrink: 0 }}>
                    分类
                  </Badge>
                )}
                {archived && (
                  <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
                    已归档
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                本级 {u.staffCount} / 含下级 {u.staffCountTotal}
              </Text>
            </Group>
          </UnstyledButton>
        </Group>
        {open && <ul style={listStyle}>{kids.map(renderUnit)}</ul>}
      </li>
    );
  };

  return (
    <ul aria-label="单位列表" style={listStyle} onKeyDown={onKeyDown}>
      {top.map(renderUnit)}
    </ul>
  );
}

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;
