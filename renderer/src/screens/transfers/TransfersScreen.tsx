import 'mantine-datatable/styles.css';
import { Alert, Badge, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDeskQuery } from '../../api/queries';
import { UnitSelect } from '../../components/UnitSelect';
import { ExpectedList } from './ExpectedList';
import { HistoryTable } from './HistoryTable';
import { MarkLeavingForm } from './MarkLeavingForm';
import { ReceiveForm } from './ReceiveForm';

type Tab = 'receive' | 'expected' | 'history' | 'leaving';

/**
 * 人员异动. Everything starts from one unit: the receiving unit for 调入 and
 * 待接收, the unit whose 异动记录 is read (both directions), the sending unit
 * for 登记调出去向.
 */
export function TransfersScreen() {
  const info = useDeskQuery('desk.info', {});
  const units = useDeskQuery('units.list', {});
  const lists = useDeskQuery('lists.get', {});
  const [unitId, setUnitId] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('receive');
  const [prefill, setPrefill] = useState({ query: '', key: 0 });

  const unit = units.data?.find((u) => String(u.id) === unitId) ?? null;
  const incoming = useDeskQuery('transfers.expected', unit ? { toUnitId: unit.id } : {});
  const outgoing = useDeskQuery('transfers.expected', unit ? { fromUnitId: unit.id } : {});

  const error = info.error ?? units.error;
  if (error) {
    return (
      <Alert color="red" title="无法打开人员异动">
        {error.message}
      </Alert>
    );
  }
  if (!info.data || !units.data) return <Loader aria-label="正在加载" />;
  // Transfers happen on real days: the desk checks their dates against the clock, not the planning date.
  const today = info.data.clockToday;
  const pending = incoming.data?.length ?? 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>人员异动</Title>
        <UnitSelect
          label="本单位"
          placeholder="选择单位（调入单位 / 查看记录的单位）"
          choices={units.data.map((u) => ({ unit: u }))}
          value={unitId}
          onChange={setUnitId}
          clearable
          w={360}
        />
      </Group>
      <Text size="sm" c="dimmed">
        人员调动由调入单位办理：在“办理调入”中查找学员并确认。调出单位无需操作，可“登记调出去向”提醒对方接收；调出情况在“异动记录”中可见。
      </Text>
      <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'receive')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="receive">办理调入</Tabs.Tab>
          <Tabs.Tab value="expected" rightSection={pending > 0 ? <Badge size="sm" circle>{pending}</Badge> : null}>
            待接收
          </Tabs.Tab>
          <Tabs.Tab value="history">异动记录</Tabs.Tab>
          <Tabs.Tab value="leaving">登记调出去向</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="receive" pt="md">
          {unit ? (
            <ReceiveForm key={`${unit.id}-${prefill.key}`} toUnit={unit} today={today} ranks={lists.data?.ranks ?? []} initialQuery={prefill.query} />
          ) : (
            <Alert color="blue" variant="light">请先在右上方选择调入单位（本单位）。</Alert>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="expected" pt="md">
          <ExpectedList
            expected={incoming}
            side="to"
            emptyText={unit ? '没有等待本单位接收的人员' : '没有待接收的人员'}
            onReceive={(e) => {
              setUnitId(String(e.toUnitId));
              setPrefill((p) => ({ query: e.idNumber, key: p.key + 1 }));
              setTab('receive');
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTable unitId={unit?.id ?? null} />
        </Tabs.Panel>
        <Tabs.Panel value="leaving" pt="md">
          <Stack>
            {unit ? (
              <MarkLeavingForm fromUnit={unit} units={units.data} today={today} />
            ) : (
              <Alert color="blue" variant="light">请先在右上方选择调出单位（本单位）。</Alert>
            )}
            <Title order={5}>已登记、等待对方接收</Title>
            <ExpectedList expected={outgoing} side="from" emptyText="没有已登记的调出去向" />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
