import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Unit } from '../../../../shared/units/schemas';
import { UnitForm } from '../../components/UnitForm';
import { DemoDataButton } from '../../components/DemoDataButton';

/** First start: nothing in the desk yet, so the one useful step is the top unit (or demo data to look around). */
export function Welcome({ onCreated }: { onCreated(unit: Unit): void }) {
  return (
    <Stack maw={720}>
      <Title order={2}>欢迎使用学法考法管理台</Title>
      <Text>
        这里是单位管理员自己的台账：单位层级、学员名册、人员异动、免考证明材料、报考和补考，都在本机保存，可与 Excel 互相导入导出。
      </Text>
      <Card withBorder>
        <Stack>
          <Text fw={600}>第一步：建立本单位（一级单位）</Text>
          <UnitForm units={[]} submitLabel="建立单位" onCreated={onCreated} />
          <Text size="sm" c="dimmed">
            之后可以在其下逐级添加下属单位，再录入或从 Excel 导入学员。
          </Text>
        </Stack>
      </Card>
      <Group gap="sm">
        <Text size="sm" c="dimmed">
          想先看看各项功能怎么用？
        </Text>
        <DemoDataButton size="xs" />
      </Group>
      <List size="sm" c="dimmed">
        <List.Item>数据只保存在本机的数据文件夹中，不会上传到如法网平台。</List.Item>
      </List>
    </Stack>
  );
}
