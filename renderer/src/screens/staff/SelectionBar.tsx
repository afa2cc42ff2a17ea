import { Button, Group, Text } from '@mantine/core';
import { formatCount } from '../../text/count';

interface Props {
  /** Matching people; null while the first answer is on its way. */
  total: number | null;
  selectedCount: number;
  year: number;
  busy: boolean;
  onCheck(checked: boolean): void;
  /** 设为退休 or 弹性延迟退休 for the ticked people (each asks for a confirmation first). */
  onRetirement(action: 'retire' | 'delay'): void;
  onClear(): void;
}

/** 「共 N 人」 and what can be done with the people ticked in the list. */
export function SelectionBar({ total, selectedCount, year, busy, onCheck, onRetirement, onClear }: Props) {
  const none = selectedCount === 0;
  return (
    <Group justify="space-between" gap="sm" mih={30}>
      <Text fw={600} aria-live="polite">
        {total === null ? '正在读取名册…' : `共 ${formatCount(total)} 人`}
      </Text>
      <Group gap="xs">
        <Text size="sm" c={none ? 'dimmed' : undefined}>
          {none ? `勾选学员后可批量核对（${year} 年度）` : `已选 ${selectedCount} 人`}
        </Text>
        <Button size="xs" color="teal" disabled={none} loading={busy} onClick={() => onCheck(true)}>
          标记为已核对
        </Button>
        <Button size="xs" variant="default" disabled={none || busy} onClick={() => onCheck(false)}>
          取消核对
        </Button>
        <Button size="xs" variant="light" color="orange" disabled={none || busy} onClick={() => onRetirement('retire')} title="到龄未退的学员：设为退休，按各自的退休日期生效">
          设为退休
        </Button>
        <Button size="xs" variant="light" disabled={none || busy} onClick={() => onRetirement('delay')} title="经协商弹性延迟退休：登记约定的退休日期（最长三年）">
          弹性延迟退休
        </Button>
        {!none && (
          <Button size="xs" variant="subtle" color="gray" onClick={onClear}>
            清除选择
          </Button>
        )}
      </Group>
    </Group>
  );
}
