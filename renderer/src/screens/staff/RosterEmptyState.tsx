import { Button, EmptyState, Group } from '@mantine/core';
import { IconFileImport, IconFilterOff, IconSitemap, IconUserPlus, IconUsers } from '@tabler/icons-react';

/** Why there is nothing to list: no units yet, nobody on the roster yet, or nobody matching the filters. */
export type RosterEmptyReason = 'noUnits' | 'noStaff' | 'noMatch';

interface Props {
  reason: RosterEmptyReason;
  onAdd(): void;
  onClearFilters(): void;
}

export function RosterEmptyState({ reason, onAdd, onClearFilters }: Props) {
  if (reason === 'noUnits') {
    return (
      <EmptyState
        py="xl"
        variant="light"
        icon={<IconSitemap size={28} />}
        title="还没有单位"
        description="学员要登记在某个单位之下。请先到「单位层级」建立本单位和下属单位，再回来录入学员。"
      >
        <EmptyState.Actions>
          <Button component="a" href="#/units" leftSection={<IconSitemap size={16} />}>
            前往单位层级
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (reason === 'noStaff') {
    return (
      <EmptyState
        py="xl"
        variant="light"
        icon={<IconUsers size={28} />}
        title="学员名册还是空的"
        description="可以逐个新增学员，也可以从人事部门的 Excel 名册导入。"
      >
        <EmptyState.Actions>
          <Group gap="sm">
            <Button leftSection={<IconUserPlus size={16} />} onClick={onAdd}>
              新增学员
            </Button>
            <Button component="a" href="#/excel" variant="default" leftSection={<IconFileImport size={16} />}>
              从 Excel 导入
            </Button>
          </Group>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return (
    <EmptyState py="xl" icon={<IconFilterOff size={28} />} title="没有符合条件的学员" description="换个搜索词，或清除筛选条件后再看。">
      <EmptyState.Actions>
        <Button variant="default" onClick={onClearFilters}>
          清除筛选
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
