import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Todo } from '../../../../shared/todos/methods';
import { useDeskQuery } from '../../api/queries';
import { NoPolicyNotice } from '../../components/NoPolicyNotice';
import { useWorkingYear } from '../../hooks/useWorkingYear';

const colors: Record<Todo['level'], string> = { urgent: 'red', warning: 'orange', info: 'blue' };

/**
 * 待办事项 on the home screen: what is open for the working year as of the
 * planning date, each with the screen where it is done, after a line when
 * the working year has no 年度规则. Nothing is shown when nothing is due.
 */
export function TodoPanel() {
  const working = useWorkingYear();
  if (!working) return null;
  const hasPolicy = working.policyYears.includes(working.year);
  return <TodoList year={working.year} noPolicy={hasPolicy ? null : <NoPolicyNotice year={working.year} latestYear={working.latestBefore(working.year)} what="本年度的考试安排、学分和补考提醒都无法列出" />} />;
}

function TodoList({ year, noPolicy }: { year: number; noPolicy: ReactNode }) {
  const todos = useDeskQuery('todos.list', { year });
  if (todos.error) {
    return (
      <Alert color="gray" variant="light" title="无法读取待办事项">
        {todos.error.message}
      </Alert>
    );
  }
  const list = todos.data ?? [];
  if (list.length === 0) return noPolicy;
  return (
    <Stack gap={6} component="section" aria-label="待办事项">
      <Text fw={600}>待办事项（{year} 年度）</Text>
      {noPolicy}
      {list.map((t) => (
        <Alert key={`${t.key}-${t.title}`} color={colors[t.level]} variant="light" p="xs">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={600}>
                {t.title}
              </Text>
              <Text size="xs" c="dimmed">
                {t.detail}
              </Text>
            </div>
            <Button size="xs" variant="white" component="a" href={`#/${t.screen}`}>
              去处理
            </Button>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
