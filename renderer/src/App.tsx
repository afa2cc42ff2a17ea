import { AppShell, Badge, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';
import { currentTransport } from './api/client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useDeskQuery } from './api/queries';
import { defaultScreen, screens, type ScreenKey } from './navigation';
import { useHashRoute } from './useHashRoute';

/**
 * Every screen by route key (the compiler checks none is missing), each
 * loaded when first opened: the page starts with the shell and the one
 * screen it shows, not every screen's code.
 */
const screenComponents: Record<ScreenKey, ComponentType> = {
  units: lazy(() => import('./screens/units/UnitsScreen').then((m) => ({ default: m.UnitsScreen }))),
  settings: lazy(() => import('./screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen }))),
  staff: lazy(() => import('./screens/staff/StaffScreen').then((m) => ({ default: m.StaffScreen }))),
  excel: lazy(() => import('./screens/excel/ExcelScreen').then((m) => ({ default: m.ExcelScreen }))),
  exemptions: lazy(() => import('./screens/exemptions/ExemptionsScreen').then((m) => ({ default: m.ExemptionsScreen }))),
  bookings: lazy(() => import('./screens/bookings/BookingsScreen').then((m) => ({ default: m.BookingsScreen }))),
  transfers: lazy(() => import('./screens/transfers/TransfersScreen').then((m) => ({ default: m.TransfersScreen }))),
  audit: lazy(() => import('./screens/audit/AuditScreen').then((m) => ({ default: m.AuditScreen }))),
  stats: lazy(() => import('./screens/stats/StatsScreen').then((m) => ({ default: m.StatsScreen }))),
};

export function App() {
  const [route, go] = useHashRoute(defaultScreen);
  const info = useDeskQuery('desk.info', {});
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
      <AppShell.Main>
        {/* Keyed by screen: a screen that failed is tried afresh when the admin opens another. */}
        <ErrorBoundary key={current.key} where={current.key}>
          <Suspense fallback={<Loader aria-label="正在加载" />}>
            <Screen />
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
