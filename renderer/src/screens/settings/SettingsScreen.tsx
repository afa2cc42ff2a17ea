import { Alert, Card, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Lists } from '../../../../shared/settings/schemas';
import { useDeskQuery } from '../../api/queries';
import { AboutSection } from './AboutSection';
import { BackupSection } from './BackupSection';
import { DataFolderSection } from './DataFolderSection';
import { IntegritySection } from './IntegritySection';
import { DemoSection } from './DemoSection';
import { RanksSection } from './RanksSection';
import { UnitAttributesSection } from './UnitAttributesSection';
import { VerifySection } from './VerifySection';
import { YearPolicySection } from './YearPolicySection';

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="sm">
        <div>
          <Title order={3}>{title}</Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Card>
  );
}

function Failed({ error }: { error: Error }) {
  return (
    <Alert color="red" variant="light" title="无法读取">
      {error.message}
    </Alert>
  );
}

/** 设置: the editable lists, what is running where, and demo data for an empty desk. */
export function SettingsScreen() {
  const lists = useDeskQuery('lists.get', {});
  const info = useDeskQuery('desk.info', {});
  const [saved, setSaved] = useState<Lists | null>(null);
  const current = saved ?? lists.data;
  // A restore replaced the desk's data (the desk is asked again for everything): drop the lists last saved here.
  const afterRestore = () => setSaved(null);

  const listBody = (render: (l: Lists) => ReactNode) =>
    current ? render(current) : lists.error ? <Failed error={lists.error} /> : <Loader size="sm" aria-label="正在加载" />;

  return (
    <Stack maw={1200} gap="md">
      <Title order={2}>设置</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <Section title="职级列表" description="学员名册中可选的职级。不参加的职级（如厅局级、巡视员）不需要学法考法，也不能报考。">
          {listBody((l) => <RanksSection lists={l} onSaved={setSaved} />)}
        </Section>
        <Section title="单位属性列表" description="单位层级中「单位属性」可选的项目。">
          {listBody((l) => <UnitAttributesSection lists={l} onSaved={setSaved} />)}
        </Section>
      </SimpleGrid>
      <YearPolicySection />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <Section title="备份与恢复">
          <BackupSection onRestored={afterRestore} />
        </Section>
        <Stack gap="md">
          <Section title="完整性检查">
            <IntegritySection onRestored={afterRestore} />
          </Section>
          <Section title="数据文件夹">
            <DataFolderSection />
          </Section>
        </Stack>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <Section title="关于">
          {info.data ? <AboutSection info={info.data} /> : info.error ? <Failed error={info.error} /> : <Loader size="sm" aria-label="正在加载" />}
        </Section>
        <Section title="演示数据">{info.data ? <DemoSection info={info.data} /> : null}</Section>
        <Section title="核验" description="重新计算每份证明材料的校验码，找出缺失、被改动或多余的文件，并检查数据库是否完好。">
          <VerifySection />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}
