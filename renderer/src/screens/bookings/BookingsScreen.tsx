import { Alert, Group, Loader, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { workingYearOf } from '../../../../shared/rules/yearPolicy';
import { useDeskQuery } from '../../api/queries';
import { NoPolicyNotice } from '../../components/NoPolicyNotice';
import { BookTab } from './BookTab';
import { BookingListTab } from './BookingListTab';
import { CreditsTab } from './CreditsTab';
import { sessionLabel } from './format';
import { MakeupTab } from './MakeupTab';
import { ResultsTab } from './ResultsTab';

/**
 * 报考: the admin's daily screen in the exam season. One year at a time,
 * opening on the working year (the planning date's year, as every screen);
 * every judgement uses the desk's planning date (设置 → 年度规则). A year
 * without a policy says so, with the way to make one.
 */
export function BookingsScreen() {
  const years = useDeskQuery('years.list', {});
  const clock = useDeskQuery('planning.get', {});
  const [year, setYear] = useState<number | null>(null);
  const [tab, setTab] = useState<string | null>('book');

  useEffect(() => {
    if (year === null && clock.data) setYear(workingYearOf(clock.data.now.slice(0, 10)));
  }, [year, clock.data]);

  const failed = years.error ?? clock.error;
  if (failed) return <Alert color="red">{failed.message}</Alert>;
  if (year === null || !clock.data || !years.data) return <Loader aria-label="正在加载" />;
  const known = years.data.map((y) => y.year);
  const choices = [...new Set([...known, workingYearOf(clock.data.now.slice(0, 10))])].sort((a, b) => a - b);
  const hasPolicy = known.includes(year);

  return (
    <Stack maw={1280} gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>报考</Title>
        <Select
          label="年度"
          w={200}
          data={choices.map((y) => ({ value: String(y), label: `${y} 年${known.includes(y) ? '' : '（无年度规则）'}` }))}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
        />
      </Group>
      {!hasPolicy && <NoPolicyNotice year={year} latestYear={known.filter((y) => y < year).at(-1) ?? known.at(-1) ?? null} what="无法安排考试、导入学分和考试结果" />}
      {!hasPolicy ? null : clock.data.asOf ? (
        <Alert color="yellow" variant="light" title="按计划日期判断">
          报考条件按计划日期 {sessionLabel(clock.data.now)} 判断（今天是 {sessionLabel(clock.data.clockNow)}）。可在“设置 → 年度规则”中改回按今天判断。
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          报考条件按 {sessionLabel(clock.data.now)} 判断。
        </Text>
      )}
      {hasPolicy && (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="book">安排考试</Tabs.Tab>
            <Tabs.Tab value="list">报考名单</Tabs.Tab>
            <Tabs.Tab value="credits">学分</Tabs.Tab>
            <Tabs.Tab value="results">考试结果</Tabs.Tab>
            <Tabs.Tab value="makeup">补考</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="book" pt="md">
            <BookTab key={year} year={year} />
          </Tabs.Panel>
          <Tabs.Panel value="list" pt="md">
            <BookingListTab key={year} year={year} />
          </Tabs.Panel>
          <Tabs.Panel value="credits" pt="md">
            <CreditsTab year={year} />
          </Tabs.Panel>
          <Tabs.Panel value="results" pt="md">
            <ResultsTab year={year} />
          </Tabs.Panel>
          <Tabs.Panel value="makeup" pt="md">
            <MakeupTab key={year} year={year} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
