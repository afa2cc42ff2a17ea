import { Alert, Checkbox, Group, Loader, NumberInput, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDeskQuery } from '../../api/queries';
import { NoPolicyNotice } from '../../components/NoPolicyNotice';
import { useWorkingYear } from '../../hooks/useWorkingYear';
import { unitOptions } from '../staff/unitOptions';
import { ApplicationDrawer } from './ApplicationDrawer';
import { ApplicationsTab } from './ApplicationsTab';
import { CandidatesTab } from './CandidatesTab';
import type { Scope } from './labels';
import { NewApplicationModal, type NewTarget } from './NewApplicationModal';
import { PrintTab } from './PrintTab';
import { fieldLabels } from '../../../../shared/words/labels';

/** 免考管理: candidates, applications with their evidence, and the printed archive, for a year and a unit. */
export function ExemptionsScreen() {
  const info = useDeskQuery('desk.info', {});
  const working = useWorkingYear();
  const units = useDeskQuery('units.list', {});
  const [yearInput, setYear] = useState<number | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [withSubunits, setWithSubunits] = useState(true);
  const [tab, setTab] = useState<string | null>('applications');
  const [openId, setOpenId] = useState<number | null>(null);
  const [newTarget, setNewTarget] = useState<NewTarget | null>(null);

  if (info.error || units.error) {
    return (
      <Alert color="red" title="无法读取">
        {(info.error ?? units.error)!.message}
      </Alert>
    );
  }
  if (!info.data || !units.data || !working) return <Loader aria-label="正在加载" />;

  const year = yearInput ?? working.year;
  const scope: Scope = { year, ...(unitId ? { unitId: Number(unitId), includeSubunits: withSubunits } : {}) };

  return (
    <Stack maw={1280} gap="md">
      <Title order={2}>免考管理</Title>
      <Text size="sm" c="dimmed">
        免考情形：距退休两年内、正在休产假、重大疾病。流程：本人书面申请 → 人事部门审核 → 证明材料交单位管理员保存备查 → 在平台设置免考。已批准免考的人员当年不需要学分，也不报考。
      </Text>
      <Group align="flex-end">
        <NumberInput label="年度" value={year} onChange={(v) => setYear(typeof v === 'number' ? v : null)} min={2000} max={2100} w={110} />
        <Select
          label={fieldLabels.unit}
          placeholder="全部单位"
          data={unitOptions(units.data)}
          value={unitId}
          onChange={setUnitId}
          searchable
          clearable
          limit={300}
          nothingFoundMessage="没有找到该单位"
          w={380}
        />
        <Checkbox label="含下级单位" checked={withSubunits} onChange={(e) => setWithSubunits(e.currentTarget.checked)} disabled={!unitId} mb={8} />
      </Group>
      {!working.policyYears.includes(year) && <NoPolicyNotice year={year} latestYear={working.latestBefore(year)} what="免考截止日期和可申请的免考情形暂按 2024 年通知计算" />}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="applications">免考申请</Tabs.Tab>
          <Tabs.Tab value="candidates">距退休两年内人员</Tabs.Tab>
          <Tabs.Tab value="print">打印存档</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="applications" pt="md">
          <ApplicationsTab scope={scope} onOpen={setOpenId} onNew={() => setNewTarget({ ground: 'maternity' })} />
        </Tabs.Panel>
        <Tabs.Panel value="candidates" pt="md">
          <CandidatesTab
            scope={scope}
            onApply={(c) => setNewTarget({ ground: 'retirement', person: { id: c.staffId, name: c.name, idNumber: c.idNumber, unit: c.unit } })}
            onOpen={setOpenId}
          />
        </Tabs.Panel>
        <Tabs.Panel value="print" pt="md">
          <PrintTab scope={scope} />
        </Tabs.Panel>
      </Tabs>
      <NewApplicationModal
        target={newTarget}
        year={year}
        today={info.data.clockToday}
        onClose={() => setNewTarget(null)}
        onCreated={(id) => {
          setNewTarget(null);
          setOpenId(id);
        }}
      />
      <ApplicationDrawer id={openId} today={info.data.clockToday} onClose={() => setOpenId(null)} />
    </Stack>
  );
}
