import { Alert, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { levelName } from '../../../shared/rules/unitLevel';
import type { Unit } from '../../../shared/schemas';
import { useQuery } from '../api/useQuery';
import { UnitForm } from '../components/UnitForm';
import { Welcome } from './Welcome';

/** Orders units depth-first so each sub-unit follows its parent. */
function treeOrder(units: Unit[]): Unit[] {
  const children = new Map<number | null, Unit[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const out: Unit[] = [];
  const walk = (parentId: number | null) => {
    for (const u of children.get(parentId) ?? []) {
      out.push(u);
      walk(u.id);
    }
  };
  walk(null);
  return out;
}

export function UnitsScreen() {
  const units = useQuery('units.list', {});

  if (units.loading && !units.data) return <Loader aria-label="正在加载" />;
  if (units.error) {
    return (
      <Alert color="red" title="无法读取单位层级">
        {units.error.message}
      </Alert>
    );
  }
  const list = treeOrder(units.data ?? []);
  const created = (u: Unit) => {
    notifications.show({ color: 'green', message: `已新建单位“${u.name}”` });
    units.reload();
  };
  if (list.length === 0) return <Welcome onCreated={created} />;

  return (
    <Stack maw={960}>
      <Title order={2}>单位层级</Title>
      <Card withBorder>
        <UnitForm units={list} onCreated={created} />
      </Card>
      <Card withBorder p={0}>
        <ul aria-label="单位列表" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {list.map((u) => (
            <li key={u.id} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
              <Group px="md" py={8} pl={16 + (u.level - 1) * 24} gap="sm">
                <Text fw={u.level === 1 ? 600 : 400}>{u.name}</Text>
                <Badge size="sm" variant="light">
                  {levelName(u.level)}
                </Badge>
              </Group>
            </li>
          ))}
        </ul>
      </Card>
    </Stack>
  );
}
