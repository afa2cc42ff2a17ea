import { Paper, Stack, Title } from '@mantine/core';
import { AccountFillSection } from './AccountFillSection';
import { ExportSection } from './ExportSection';
import { ImportWizard } from './ImportWizard';

/** 导入导出: bring a roster in from Excel (dry run first), take it out again, and fill empty login accounts. */
export function ExcelScreen() {
  return (
    <Stack maw={1180}>
      <Title order={2}>导入导出</Title>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="excel-import">
        <Title order={3} id="excel-import" mb="md">
          导入学员名册
        </Title>
        <ImportWizard />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="excel-export">
        <Title order={3} id="excel-export" mb="xs">
          导出
        </Title>
        <ExportSection />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="excel-accounts">
        <Title order={3} id="excel-accounts" mb="xs">
          补填登录账号
        </Title>
        <AccountFillSection />
      </Paper>
    </Stack>
  );
}
