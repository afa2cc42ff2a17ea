import { Button, Group, Select, Stack, Text } from '@mantine/core';
import type { Calendar } from '../../../../shared/bookings/schemas';
import { routeLabels } from '../../../../shared/rules/examRoute';
import { dayLabel } from './format';

export type CalendarDay = Calendar['days'][number];

/** What a day is for: 分类组考, 分众组考 or 补考. */
export function dayPurpose(d: CalendarDay): string {
  return [...d.routes.map((r) => routeLabels[r]), ...(d.makeup ? ['补考'] : [])].join('、');
}

interface Props {
  calendar: Calendar;
  /** Which days to offer: the regular windows or the make-up days. */
  kind: 'regular' | 'makeup';
  date: string | null;
  onDate(date: string | null): void;
  /** The chosen sessions; one unless `multiple`. */
  selected: string[];
  onToggle(at: string): void;
  label?: string;
}

/**
 * The calendar of the route windows (or the make-up days) with the daily
 * sessions: a day, then its sessions as buttons showing seats taken and the
 * room capacity. Tab and Enter/Space work throughout.
 */
export function SessionPicker({ calendar, kind, date, onDate, selected, onToggle, label = '考试场次' }: Props) {
  const days = calendar.days.filter((d) => (kind === 'makeup' ? d.makeup : d.routes.length > 0));
  const day = days.find((d) => d.date === date) ?? null;
  const past = (at: string) => at <= calendar.now;
  return (
    <Stack gap="xs">
      <Select
        label="考试日期"
        placeholder="选择日期"
        searchable
        w={280}
        data={days.map((d) => ({ value: d.date, label: `${dayLabel(d.date)} · ${dayPurpose(d)}` }))}
        value={date}
        onChange={onDate}
        nothingFoundMessage="没有该日期"
      />
      {day && (
        <div role="group" aria-label={label}>
          <Text size="sm" fw={500} mb={4}>
            {label}
          </Text>
          <Group gap={6}>
            {day.sessions.map((s) => {
              const on = selected.includes(s.at);
              const full = s.capacity !== null && s.booked >= s.capacity;
              return (
                <Button
                  key={s.at}
                  size="compact-md"
                  h={48}
                  variant={on ? 'filled' : 'default'}
                  color={full && !on ? 'gray' : undefined}
                  aria-pressed={on}
                  aria-label={`${s.at.slice(11)} 已报 ${s.booked}${s.capacity !== null ? `/${s.capacity}` : ''} 人`}
                  disabled={past(s.at)}
                  onClick={() => onToggle(s.at)}
                >
                  <Stack gap={0} align="center">
                    <Text size="sm" fw={600} inherit>
                      {s.at.slice(11)}
                    </Text>
                    <Text size="xs" inherit>
                      已报 {s.booked}
                      {s.capacity !== null ? `/${s.capacity}` : ''}
                    </Text>
                  </Stack>
                </Button>
              );
            })}
          </Group>
        </div>
      )}
    </Stack>
  );
}
