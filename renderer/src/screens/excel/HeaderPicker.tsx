import { Alert, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ImportSheetSample, RosterField } from '../../../../shared/excel/schemas';
import { ColumnFieldsTable } from './ColumnFieldsTable';
import { fieldLabel, requiredFields } from './format';
import { SampleTable } from './SampleTable';
import type { ImportWizard } from './useImportWizard';

interface PickedColumn {
  column: number;
  /** The header text as the file has it (the key the choice is remembered by). */
  header: string;
  field: RosterField | null;
}

/**
 * ② 选择表头行, when the desk could not find the header row (or the admin
 * asked): the sheet's first rows, one of them picked as the header, then
 * each of its columns mapped as on the 工作表与列 step. The dry run starts
 * once 姓名, 身份证号 and 单位 each have a column.
 */
export function HeaderPicker({ wizard, sample }: { wizard: ImportWizard; sample: ImportSheetSample }) {
  const [selected, setSelected] = useState<number | null>(sample.suggestedRow);
  /** The admin's choices for the picked row (header → field); the rest as the desk reads them. */
  const [draft, setDraft] = useState<ReadonlyMap<string, RosterField | null>>(new Map());
  const busy = wizard.busy !== null;
  const row = sample.rows.find((r) => r.row === selected) ?? null;
  const columns: PickedColumn[] = row
    ? row.cells.flatMap((text, i) => {
        const header = text.trim();
        if (!header) return [];
        const chosen = draft.get(header);
        return [{ column: i + 1, header, field: chosen === undefined ? (row.fields[i] ?? null) : chosen }];
      })
    : [];
  const missing = requiredFields.filter((f) => !columns.some((c) => c.field === f));

  const pickRow = (n: number) => {
    if (n === selected) return;
    setSelected(n);
    setDraft(new Map());
  };
  const choose = (header: string, field: RosterField | null) => {
    const next = new Map(draft).set(header, field);
    // One column per field: the column that held it before is no longer imported.
    if (field) for (const c of columns) if (c.header !== header && c.field === field) next.set(c.header, null);
    setDraft(next);
  };
  const start = () => {
    if (selected === null) return;
    const overrides = Object.fromEntries(columns.filter((c) => draft.has(c.header)).map((c) => [c.header, c.field]));
    void wizard.pickHeader({ sheet: sample.sheet, headerRow: selected, overrides });
  };

  return (
    <Stack>
      {wizard.sampleReason && (
        <Alert color="orange" title="没有自动找到表头">
          {wizard.sampleReason}
        </Alert>
      )}
      <Text size="sm">
        下面是工作表“{sample.sheet}”的前 30 行。请点选<b>写着各列名称的那一行</b>作为表头，再为各列选择“导入为”哪一项。您的选择会记住，下次导入表头相同的文件时自动识别。
      </Text>
      {sample.sheets.length > 1 && (
        <Select
          label="工作表"
          data={sample.sheets.map((s) => ({ value: s.name, label: s.hidden ? `${s.name}（隐藏）` : s.name }))}
          value={sample.sheet}
          allowDeselect={false}
          disabled={busy}
          onChange={(v) => v && v !== sample.sheet && void wizard.openPicker(v)}
          maw={360}
        />
      )}
      {sample.rows.length === 0 ? (
        <Alert color="gray">工作表“{sample.sheet}”的前 30 行是空的。请换一个工作表，或检查文件。</Alert>
      ) : (
        <SampleTable sample={sample} selected={selected} disabled={busy} onSelect={pickRow} />
      )}
      {sample.moreColumns && (
        <Text size="xs" c="dimmed">
          只显示了前 60 列。
        </Text>
      )}
      {row && (
        <>
          <Title order={4}>第 {row.row} 行各列导入为</Title>
          <ColumnFieldsTable label="表头行各列" columns={columns} disabled={busy} onChoose={(header, _current, f) => choose(header, f)} />
        </>
      )}
      <Text size="sm" c={row && missing.length > 0 ? 'orange.8' : 'dimmed'} aria-live="polite">
        {row === null
          ? '请先在上表中点选表头所在的一行。'
          : missing.length > 0
            ? `还需要为${missing.map((f) => `“${fieldLabel(f)}”`).join('')}各选一列（必填）。`
            : '姓名、身份证号、单位都已指定，可以试运行。'}
      </Text>
      {wizard.error && (
        <Alert color="red" title="不能按这一行读取">
          {wizard.error}
        </Alert>
      )}
      <Group>
        <Button variant="default" disabled={busy} onClick={() => (wizard.preview ? wizard.closePicker() : wizard.goTo(0))}>
          上一步
        </Button>
        <Button onClick={start} disabled={busy || row === null || missing.length > 0}>
          {row ? `以第 ${row.row} 行为表头，试运行` : '以选中的行为表头，试运行'}
        </Button>
        {(wizard.busy === 'preview' || wizard.busy === 'sample') && <Loader size="xs" aria-label={wizard.busy === 'sample' ? '正在读取工作表' : '正在试运行'} />}
      </Group>
    </Stack>
  );
}
