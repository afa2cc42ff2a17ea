import { Alert, Button, Card, Group, Loader, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { StatsFigure } from '../../../../shared/rules/statsFigures';
import { call } from '../../api/client';
import { useDeskQuery } from '../../api/queries';
import { saveExport } from '../../api/saveExport';
import { NoPolicyNotice } from '../../components/NoPolicyNotice';
import { useWorkingYear } from '../../hooks/useWorkingYear';
import { UnitFilter } from '../../components/UnitFilter';
import { FunnelCards } from './FunnelCards';
import { OverdueRetirementNotice } from './OverdueRetirementNotice';
import { PeopleDrawer, type ListScope } from './PeopleDrawer';
import { SubUnitChart } from './SubUnitChart';
import { SubUnitTable } from './SubUnitTable';

/** 统计: the year at a glance for a unit with its sub-units, every figure a list. */
export function StatsScreen() {
  const working = useWorkingYear();
  return working === null ? <Loader size="sm" aria-label="正在加载" /> : <StatsBody initialYear={working.year} working={working} />;
}

function StatsBody({ initialYear, working }: { initialYear: number; working: NonNullable<ReturnType<typeof useWorkingYear>> }) {
  const [year, setYear] = useState(initialYear);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [list, setList] = useState<ListScope | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const units = useDeskQuery('units.list', { includeArchived: false });
  const summary = useDeskQuery('stats.summary', { year, unitId });
  const s = summary.data;
  const scopeName = s?.unit?.name ?? '全部单位';

  const open = (figure: StatsFigure) => setList({ year, unitId, own: false, name: scopeName, figure });

  async function exportTable() {
    setExporting(true);
    setExportError(null);
    try {
      await saveExport(await call('stats.exportSummary', { year, unitId }), '统计表已导出');
    } catch (e) {
      setExportError((e as Error).message);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Stack maw={1300} gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>统计</Title>
        <Group align="flex-end">
          <NumberInput
            label="统计年度"
            value={year}
            onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)}
            min={2000}
            max={2100}
            allowDecimal={false}
            w={110}
          />
          <UnitFilter
            label="单位（含下级单位）"
            units={units.data}
            unitId={unitId}
            onChange={setUnitId}
          />
          <Button variant="light" onClick={() => void exportTable()} loading={exporting} disabled={!s}>
            导出统计表
          </Button>
        </Group>
      </Group>
      {!working.policyYears.includes(year) && <NoPolicyNotice year={year} latestYear={working.latestBefore(year)} what="学分达标无法统计" />}
      {exportError && <Alert color="red">{exportError}</Alert>}
      {summary.error && (
        <Alert color="red" title="无法统计">
          {summary.error.message}
        </Alert>
      )}
      {!s && !summary.error && <Loader size="sm" aria-label="正在统计" />}
      {s && (
        <>
          <Text size="sm" c="dimmed">
            {s.year} 年度 · {s.unit ? `${s.unit.path}（含下级单位）` : '全部单位'}
            {s.creditsRequired
              ? ` · 学分要求：必修 ${s.creditsRequired.compulsory} 分、选修 ${s.creditsRequired.elective} 分`
              : ' · 该年度还没有年度规则，学分达标无法统计'}
            。点击数字查看名单。
          </Text>
          <OverdueRetirementNotice unitId={unitId} scopeName={scopeName} />
          <FunnelCards funnel={s.total} onOpen={open} />
          <Card withBorder>
            <Stack gap="sm">
              <Title order={4}>各单位对比</Title>
              <SubUnitChart rows={s.rows} />
            </Stack>
          </Card>
          <SubUnitTable summary={s} onOpen={(row, figure) => setList({ year, unitId: row.unitId, own: row.own, name: row.name, figure })} />
        </>
      )}
      <PeopleDrawer scope={list} onClose={() => setList(null)} />
    </Stack>
  );
}
