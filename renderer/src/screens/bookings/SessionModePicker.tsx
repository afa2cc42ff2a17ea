import { SegmentedControl, Stack } from '@mantine/core';
import { SessionPicker } from './SessionPicker';
import type { Calendar } from '../../../../shared/bookings/schemas';

export type SessionMode = 'one' | 'spread';

interface Props {
  calendar: Calendar;
  kind: 'regular' | 'makeup';
  mode: SessionMode;
  /** Switching back to one session keeps only the first chosen. */
  onMode(mode: SessionMode): void;
  date: string | null;
  onDate(date: string | null): void;
  selected: string[];
  onToggle(at: string): void;
  /** 报考 or 报名: the verb of the single-session choice. */
  verb: string;
  /** The picker's label for one session and for several. */
  labels: { one: string; spread: string };
}

/** One session, or several with the group spread over them by capacity: the choice, then the day and its sessions. */
export function SessionModePicker({ calendar, kind, mode, onMode, date, onDate, selected, onToggle, verb, labels }: Props) {
  return (
    <Stack>
      <SegmentedControl
        w={360}
        data={[
          { value: 'one', label: `${verb}一个场次` },
          { value: 'spread', label: '按容量分配到多个场次' },
        ]}
        value={mode}
        onChange={(v) => onMode(v as SessionMode)}
      />
      <SessionPicker calendar={calendar} kind={kind} date={date} onDate={onDate} selected={selected} onToggle={onToggle} label={labels[mode]} />
    </Stack>
  );
}
