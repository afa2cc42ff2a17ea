import { Alert, Button, Card, Checkbox, Divider, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { exemptionGroundLabels, exemptionGroundSchema, policyProblems, type YearPolicy } from '../../../../shared/rules/yearPolicy';
import { call } from '../../api/client';
import { change, useDeskQuery } from '../../api/queries';
import { hashParam } from '../../useHashRoute';
import { PlanningDate } from './PlanningDate';

type Range = { start: string; end: string };

function RangeInputs({ label, value, onChange, error }: { label: string; value: Range; onChange(r: Range): void; error?: string }) {
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput type="date" label={`${label}开始`} value={value.start} onChange={(e) => onChange({ ...value, start: e.currentTarget.value })} error={error} w={170} />
      <TextInput type="date" label={`${label}结束`} value={value.end} onChange={(e) => onChange({ ...value, end: e.currentTarget.value })} w={170} />
    </Group>
  );
}

/** 设置 → 年度规则: each year's dates, credits, sessions and make-up, checked as typed; copy last year's to start a new one. */
export function YearPolicySection() {
  const years = useDeskQuery('years.list', {});
  const [year, setYear] = useState<number | null>(null);
  const [policy, setPolicy] = useState<YearPolicy | null>(null);
  const [copyTo, setCopyTo] = useState<number | string>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Opened from a screen's 没有年度规则 line (#/settings?draftYear=2025): that year, as a
  // draft copied from the latest year, shown but not saved until the admin confirms.
  const [draftYear] = useState(() => Number(hashParam('draftYear')) || null);
  const [unsaved, setUnsaved] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (year !== null || !years.data) return;
    if (draftYear !== null && !years.data.some((y) => y.year === draftYear)) {
      void call('years.working', {}).then(
        (w) => {
          if (w.draft && w.draft.year === draftYear) {
            setUnsaved(true);
            setPolicy(w.draft);
            setYear(draftYear);
            // 年度规则 sits below the lists on 设置: bring the draft into view.
            requestAnimationFrame(() => sectionRef.current?.scrollIntoView({ block: 'start' }));
          } else if (years.data?.length) setYear(years.data.at(-1)!.year);
        },
        (e: Error) => setError(e.message),
      );
      return;
    }
    if (draftYear !== null) setYear(draftYear);
    else if (years.data.length) setYear(years.data.at(-1)!.year);
  }, [year, years.data, draftYear]);
  useEffect(() => {
    if (year === null || unsaved) return;
    void call('years.get', { year }).then(setPolicy, (e: Error) => setError(e.message));
  }, [year, unsaved]);

  const problems = policy ? policyProblems(policy) : [];
  const problemAt = (path: string) => problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`)).map((p) => p.message).join('；') || undefined;
  const set = (patch: Partial<YearPolicy>) => setPolicy((p) => (p ? { ...p, ...patch } : p));
  const num = (v: number | string) => (typeof v === 'number' ? v : Number(v) || 0);

  const run = async (what: () => Promise<YearPolicy>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await what();
      setUnsaved(false);
      setPolicy(saved);
      setYear(saved.year);
      notifications.show({ color: 'green', message: done });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder component="section" aria-label="年度规则" ref={sectionRef}>
      <Stack gap="sm">
        <Title order={3}>年度规则</Title>
        <Text size="sm" c="dimmed">
          每年的学法开始日期、学分要求、两类组考的考试时间、考试场次、合格分数、补考时间和免考截止日期。2024 年按通知预置；新的一年可从上一年复制后修改。
        </Text>
        <Group align="flex-end">
          <Select
            label="年度"
            w={170}
            data={[
              ...(years.data ?? []).map((y) => ({ value: String(y.year), label: `${y.year} 年${y.stored ? '' : '（预置）'}` })),
              ...(unsaved && year !== null ? [{ value: String(year), label: `${year} 年（尚未保存）` }] : []),
            ]}
            value={year === null ? null : String(year)}
            onChange={(v) => {
              if (!v) return;
              setUnsaved(false);
              setYear(Number(v));
            }}
            allowDeselect={false}
          />
          <NumberInput label="复制到年度" w={140} min={2000} max={2100} value={copyTo} onChange={setCopyTo} allowDecimal={false} />
          <Button variant="default" disabled={!year || !copyTo} loading={busy} onClick={() => void run(() => change('years.copy', { from: year!, to: num(copyTo) }), `已建立 ${copyTo} 年度规则，请检查各项日期`)}>
            复制到新年度
          </Button>
        </Group>
        {policy && (
          <Stack gap="sm">
            {unsaved && (
              <Alert color="orange" variant="light" p="xs">
                {policy.year} 年度规则（尚未保存）：各项日期已从上一年复制并顺延，请逐项检查，确认后点“保存 {policy.year} 年度规则”。
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <TextInput type="date" label="学法开始" w={170} value={policy.studyStart} onChange={(e) => set({ studyStart: e.currentTarget.value })} error={problemAt('studyStart')} />
              <Group>
                <NumberInput label="公共必修学分" w={130} min={0} value={policy.credits.compulsory} onChange={(v) => set({ credits: { ...policy.credits, compulsory: num(v) } })} />
                <NumberInput label="选修学分" w={130} min={0} value={policy.credits.elective} onChange={(v) => set({ credits: { ...policy.credits, elective: num(v) } })} />
              </Group>
              <RangeInputs label="分类组考" value={policy.windows.category} onChange={(r) => set({ windows: { ...policy.windows, category: r } })} error={problemAt('windows.category')} />
              <RangeInputs label="分众组考" value={policy.windows.regional} onChange={(r) => set({ windows: { ...policy.windows, regional: r } })} error={problemAt('windows.regional')} />
              <RangeInputs label="补考报名" value={policy.makeup.registration} onChange={(r) => set({ makeup: { ...policy.makeup, registration: r } })} error={problemAt('makeup.registration')} />
              <RangeInputs label="补考考试" value={policy.makeup.exam} onChange={(r) => set({ makeup: { ...policy.makeup, exam: r } })} error={problemAt('makeup.exam')} />
            </SimpleGrid>
            <TextInput
              label="每天的考试场次（开始时间，用逗号分隔）"
              value={policy.sessionTimes.join(',')}
              onChange={(e) => set({ sessionTimes: e.currentTarget.value.split(/[,，\s]+/).filter(Boolean) })}
              error={problemAt('sessionTimes')}
            />
            <Group>
              <NumberInput label="每场时长（分钟）" w={150} min={10} value={policy.durationMinutes} onChange={(v) => set({ durationMinutes: num(v) })} />
              <NumberInput label="满分" w={100} min={1} value={policy.fullMarks} onChange={(v) => set({ fullMarks: num(v) })} />
              <NumberInput label="合格分数" w={110} min={0} value={policy.passMark} onChange={(v) => set({ passMark: num(v) })} error={problemAt('passMark')} />
              <TextInput type="date" label="免考截止日期" w={170} value={policy.exemptionCutoff} onChange={(e) => set({ exemptionCutoff: e.currentTarget.value })} error={problemAt('exemptionCutoff')} />
              <NumberInput label="距退休（年）" w={120} min={0} max={10} value={policy.retirementYears} onChange={(v) => set({ retirementYears: num(v) })} />
            </Group>
            <Checkbox.Group label="免考情形" value={policy.exemptionGrounds} onChange={(v) => set({ exemptionGrounds: v.map((g) => exemptionGroundSchema.parse(g)) })}>
              <Group mt={4}>
                {exemptionGroundSchema.options.map((g) => (
                  <Checkbox key={g} value={g} label={exemptionGroundLabels[g]} />
                ))}
              </Group>
            </Checkbox.Group>
            {problems.length > 0 && (
              <Alert color="orange" title="请先改正以下问题">
                {problems.map((p) => p.message).join('；')}
              </Alert>
            )}
            {error && (
              <Alert color="red" title="没有保存">
                {error}
              </Alert>
            )}
            <Group>
              <Button disabled={problems.length > 0} loading={busy} onClick={() => void run(() => change('years.save', { policy }), `${policy.year} 年度规则已保存`)}>
                保存 {policy.year} 年度规则
              </Button>
            </Group>
          </Stack>
        )}
        <Divider label="计划日期" labelPosition="left" />
        <PlanningDate />
      </Stack>
    </Card>
  );
}
