import { Alert, Box, Button, Card, Group, Loader, ScrollArea, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { Unit } from '../../../../shared/units/schemas';
import { useDeskQuery } from '../../api/queries';
import { UnitForm } from '../../components/UnitForm';
import { CreateUnitModal } from './CreateUnitModal';
import { UnitDetails } from './UnitDetails';
import { UnitTreeView } from './UnitTreeView';
import { ancestorIds, buildTree, searchMatches, siblingsOf, withoutArchived } from './tree';
import { TodoPanel } from '../home/TodoPanel';
import { Welcome } from './Welcome';

/** 单位层级, the home screen: 待办事项 on top, the tree on the left, the selected unit's details on the right. */
export function UnitsScreen() {
  // Archived units are always loaded so delete and archive know every sub-unit; the switch only hides them.
  const units = useDeskQuery('units.list', { includeArchived: true });
  const lists = useDeskQuery('lists.get', {});
  const [showArchived, setShowArchived] = useState(false);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [revealId, setRevealId] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<Map<number, boolean>>(new Map());
  const [creating, setCreating] = useState<{ parent: Unit | null } | null>(null);

  const fullTree = useMemo(() => buildTree(units.data ?? []), [units.data]);
  const tree = useMemo(() => (showArchived ? fullTree : withoutArchived(fullTree)), [fullTree, showArchived]);
  const search = useMemo(() => searchMatches(tree, query), [tree, query]);
  const selected = selectedId === null ? undefined : tree.byId.get(selectedId);

  // Keep the selected (or just created) unit in view: open every unit above it.
  useEffect(() => {
    const open = [selectedId, revealId].flatMap((id) => (id === null ? [] : ancestorIds(fullTree, id)));
    if (open.some((id) => !isOpen(expanded, fullTree.byId.get(id)))) {
      setExpanded((m) => new Map([...m, ...open.map((id) => [id, true] as const)]));
    }
  }, [fullTree, selectedId, revealId, expanded]);

  if (units.loading && !units.data) return <Loader aria-label="正在加载" />;
  if (units.error) {
    return (
      <Alert color="red" title="无法读取单位层级">
        {units.error.message}
      </Alert>
    );
  }

  const created = (u: Unit) => {
    notifications.show({ color: 'green', message: `已新建单位“${u.name}”` });
    setRevealId(u.id);
  };
  const changed = (selectId: number | null) => setSelectedId(selectId);
  if (fullTree.ordered.length === 0) return <Welcome onCreated={created} />;

  const activeUnits = fullTree.ordered.filter((u) => u.archivedAt === null);
  const archivedCount = fullTree.ordered.length - activeUnits.length;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>单位层级</Title>
        <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setCreating({ parent: null })}>
          新建一级单位
        </Button>
      </Group>
      <TodoPanel />
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Card withBorder p="sm" w={400} style={{ flexShrink: 0 }}>
          <Stack gap="xs">
            <TextInput
              aria-label="按名称查找单位"
              placeholder="按名称查找单位"
              leftSection={<IconSearch size={16} />}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
            />
            <Group justify="space-between">
              <Switch
                size="sm"
                label={`显示已归档${archivedCount ? `（${archivedCount}）` : ''}`}
                checked={showArchived}
                onChange={(e) => setShowArchived(e.currentTarget.checked)}
              />
              <Text size="xs" c="dimmed">
                {search ? `找到 ${search.hits} 个单位` : `共 ${activeUnits.length} 个单位`}
              </Text>
            </Group>
            <ScrollArea.Autosize mah="calc(100vh - 250px)" offsetScrollbars>
              {search?.hits === 0 ? (
                <Text size="sm" c="dimmed" py="md" ta="center">
                  没有名称包含“{query.trim()}”的单位
                </Text>
              ) : (
                <UnitTreeView
                  tree={tree}
                  selectedId={selected?.id ?? null}
                  onSelect={setSelectedId}
                  isExpanded={(u) => isOpen(expanded, u)}
                  onToggle={(u, open) => setExpanded((m) => new Map(m).set(u.id, open))}
                  shown={search?.shown ?? null}
                  query={query}
                />
              )}
            </ScrollArea.Autosize>
          </Stack>
        </Card>
        <Card withBorder p="md" style={{ flex: 1, minWidth: 0 }}>
          {selected ? (
            <UnitDetails
              unit={selected}
              tree={fullTree}
              shownSiblings={siblingsOf(tree, selected)}
              attributes={lists.data?.unitAttributes ?? []}
              onClose={() => setSelectedId(null)}
              onCreateChild={() => setCreating({ parent: selected })}
              onChanged={changed}
            />
          ) : (
            <Stack>
              <Text size="sm" c="dimmed">
                在左侧选择一个单位，查看和修改它的单位属性、管理员和组考方式。也可以在这里直接新建单位：
              </Text>
              <Box maw={420}>
                <UnitForm units={activeUnits} stacked onCreated={created} />
              </Box>
            </Stack>
          )}
        </Card>
      </Group>
      {creating && (
        <CreateUnitModal
          units={activeUnits}
          parent={creating.parent}
          onClose={() => setCreating(null)}
          onCreated={(u) => {
            setCreating(null);
            notifications.show({ color: 'green', message: `已新建单位“${u.name}”` });
            changed(u.id);
          }}
        />
      )}
    </Stack>
  );
}

/** Units down to 二级 start open, so a new desk shows three levels; the admin's clicks override. */
function isOpen(expanded: Map<number, boolean>, unit: Unit | undefined): boolean {
  return unit === undefined || (expanded.get(unit.id) ?? unit.level < 3);
}
