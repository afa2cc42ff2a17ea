import { AppShell, Badge, Group, NavLink, Text, Title } from '@mantine/core';
import type { ComponentType } from 'react';
import { currentTransport } from './api/client';
import { useQuery } from './api/useQuery';
import { defaultScreen, screens } from './navigation';
import { BookingsScreen } from './screens/bookings/BookingsScreen';
import { AuditScreen } from './screens/audit/AuditScreen';
import { ExcelScreen } from './screens/excel/ExcelScreen';
import { ExemptionsScreen } from './screens/exemptions/ExemptionsScreen';
import { Placeholder } from './screens/Placeholder';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { StaffScreen } from './screens/staff/StaffScreen';
import { TransfersScreen } from './screens/transfers/TransfersScreen';
import { StatsScreen } from './screens/stats/StatsScreen';
import { UnitsScreen } from './screens/UnitsScreen';
import { useHashRoute } from './useHashRoute';

/** The built screens by route key; a key without one shows its placeholder. */
const screenComponents: Partial<Record<string, ComponentType>> = {
  units: UnitsScreen,
  settings: SettingsScreen,
  staff: StaffScreen,
  excel: ExcelScreen,
  exemptions: ExemptionsScreen,
  bookings: BookingsScreen,
  transfers: TransfersScreen,
  audit: AuditScreen,
  stats: StatsScreen,
};

export function App() {
  const [route, go] = useHashRoute(defaultScreen);
  const info = useQuery('desk.info', {});
  const current = screens.find((s) => s.key === route) ?? screens[0]!;
  const Screen = screenComponents[current.key];

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={4}>学法考法管理台</Title>
          <Group gap="xs">
            {currentTransport() === 'browser' && (
              <Badge variant="light" color="gray" title="本程序在浏览器中运行，仅本机可访问">
                浏览器模式
              </Badge>
            )}
            {info.data && (
              <Text size="xs" c="dimmed">
                版本 {info.data.version}
              </Text>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="主导航">
        {screens.map((s) => (
          <NavLink
            key={s.key}
            href={`#/${s.key}`}
            label={s.label}
            active={s.key === current.key}
            onClick={(e) => {
              e.preventDefault();
              go(s.key);
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{Screen ? <Screen /> : <Placeholder screen={current} />}</AppShell.Main>
    </AppShell>
  );
}
