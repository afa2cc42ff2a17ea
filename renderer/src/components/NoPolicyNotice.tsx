import { Alert, Button, Group, Text } from '@mantine/core';

/** The address of 设置 → 年度规则 opened on a draft of `year` copied from the latest year. */
export function draftPolicyHref(year: number): string {
  return `#/settings?draftYear=${year}`;
}

/**
 * One line where a screen works by year and the year has no 年度规则,
 * with the one button that opens 设置 → 年度规则 on a draft copied from
 * the latest year (nothing is saved until the admin confirms there).
 */
export function NoPolicyNotice({ year, latestYear, what }: { year: number; latestYear: number | null; what: string }) {
  return (
    <Alert color="orange" variant="light" p="xs" aria-label="没有年度规则">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {year} 年还没有年度规则，{what}。
        </Text>
        <Button size="xs" component="a" href={draftPolicyHref(year)}>
          {latestYear === null ? `建立 ${year} 年度规则` : `从 ${latestYear} 年复制建立 ${year} 年度规则`}
        </Button>
      </Group>
    </Alert>
  );
}
