import { Stack, Text } from '@mantine/core';
import type { DeskInfo } from '../../../../shared/settings/schemas';
import { DemoDataButton } from '../../components/DemoDataButton';

/** 演示数据: offered only while the desk is empty, so it never mixes with real records. */
export function DemoSection({ info }: { info: DeskInfo }) {
  const empty = info.unitCount === 0 && info.staffCount === 0;
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">生成一批虚构的单位和学员，用来熟悉各项功能或给同事演示。</Text>
      {empty ? (
        <DemoDataButton />
      ) : (
        <Text size="sm" c="dimmed">
          台账中已有 {info.unitCount} 个单位、{info.staffCount} 名学员，不能再生成演示数据（只能在空白台账中生成）。
        </Text>
      )}
    </Stack>
  );
}
