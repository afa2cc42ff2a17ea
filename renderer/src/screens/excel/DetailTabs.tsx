import { Badge, List, ScrollArea, Table, Tabs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ImportPreview } from '../../../../shared/excel/schemas';
import { maskIdNumber } from '../../../../shared/rules/idNumber';
import { fieldLabel, shown } from './format';
import { problemText } from '../../text/format';
import { formatCount } from '../../text/count';
import { fieldLabels } from '../../../../shared/words/labels';

/** Lists behind the counts: errors with row and column, changes old → new, new people, units, absent people. */
export function DetailTabs({ preview }: { preview: ImportPreview }) {
  const { report, details } = preview;
  const unitCount = details.unknownUnits.length + details.unitsToCreate.length;
  const first = report.errorTotal > 0 ? 'errors' : report.updated > 0 ? 'changes' : report.created > 0 ? 'created' : 'absent';
  const tab = (value: string, label: string, count: number, color?: string) => (
    <Tabs.Tab value={value} rightSection={<Badge size="sm" variant="light" color={count ? color : 'gray'}>{count}</Badge>}>
      {label}
    </Tabs.Tab>
  );
  return (
    <Tabs defaultValue={first} keepMounted={false}>
      <Tabs.List>
        {tab('errors', '错误', report.errorTotal, 'red')}
        {tab('changes', '变更', report.updated, 'blue')}
        {tab('created', '新增', report.created, 'green')}
        {tab('units', '单位', unitCount, 'orange')}
        {tab('absent', '文件中没有的人员', report.absent, 'gray')}
        {report.namesNormalized > 0 && tab('names', '姓名已规范', report.namesNormalized, 'blue')}
        {report.footerRows > 0 && tab('footer', '表尾，未导入', report.footerRows, 'gray')}
      </Tabs.List>

      <Tabs.Panel value="errors" pt="xs">
        <Shown count={details.errors.length} total={report.errorTotal} empty="没有错误。">
          <Rows head={['行号', '列', '问题']} widths={[70, 110]} rows={details.errors.map((e) => [e.row, e.column, problemText(e.message)])} label="错误列表" />
        </Shown>
      </Tabs.Panel>

      <Tabs.Panel value="changes" pt="xs">
        <Shown count={details.updated.length} total={report.updated} empty="没有需要变更的人员。">
          <Rows
            head={['行号', fieldLabels.name, fieldLabels.idNumber, '变更内容']}
            widths={[70, 90, 170]}
            label="变更列表"
            rows={details.updated.map((u) => [
              u.row,
              u.name,
              maskIdNumber(u.idNumber),
              <List size="sm" key="c" listStyleType="none">
                {u.changes.map((c) => (
                  <List.Item key={c.field}>
                    {c.field === 'unit' && <Badge size="xs" mr={4}>单位调动</Badge>}
                    {fieldLabel(c.field)}：{shown(c.old)} → {shown(c.new)}
                  </List.Item>
                ))}
              </List>,
            ])}
          />
        </Shown>
      </Tabs.Panel>

      <Tabs.Panel value="created" pt="xs">
        <Shown count={details.created.length} total={report.created} empty="没有新增人员。">
          <Rows
            head={['行号', fieldLabels.name, fieldLabels.idNumber, fieldLabels.sex, fieldLabels.unit, fieldLabels.status]}
            widths={[70, 90, 170, 60]}
            label="新增列表"
            rows={details.created.map((p) => [p.row, p.name, maskIdNumber(p.idNumber), p.sex, p.unitPath, p.status])}
          />
        </Shown>
      </Tabs.Panel>

      <Tabs.Panel value="units" pt="xs">
        {details.unknownUnits.length > 0 && (
          <>
            <Text size="sm" fw={500}>找不到的单位（{details.unknownUnits.length} 个）：请先在“单位层级”中建立，或勾选“自动建立缺少的单位”。</Text>
            <List size="sm" mb="sm">{details.unknownUnits.map((u) => <List.Item key={u}>{u}</List.Item>)}</List>
          </>
        )}
        {details.unitsToCreate.length > 0 && (
          <>
            <Text size="sm" fw={500}>导入时将新建的单位（{details.unitsToCreate.length} 个）：</Text>
            <List size="sm">{details.unitsToCreate.map((u) => <List.Item key={u}>{u}</List.Item>)}</List>
          </>
        )}
        {unitCount === 0 && <Text size="sm" c="dimmed">文件中的单位都已在单位层级中。</Text>}
      </Tabs.Panel>

      <Tabs.Panel value="absent" pt="xs">
        <Text size="sm" c="dimmed" mb={4}>这些人在名册中，但不在这个文件里。导入不会删除他们；如已调离或退休，请在学员名册中修改。</Text>
        <Shown count={details.absent.length} total={report.absent} empty="名册中的人员都在文件中。">
          <Rows head={[fieldLabels.name, fieldLabels.idNumber, fieldLabels.unit]} widths={[90, 170]} label="文件中没有的人员" rows={details.absent.map((a) => [a.name, maskIdNumber(a.idNumber), a.unitPath])} />
        </Shown>
      </Tabs.Panel>

      <Tabs.Panel value="names" pt="xs">
        <Text size="sm" c="dimmed" mb={4}>姓名中的空格、换行已去掉，间隔号已统一为“·”，按右边一列保存。</Text>
        <Shown count={details.namesNormalized.length} total={report.namesNormalized} empty="">
          <Rows head={['行号', '文件中的姓名', '保存为']} widths={[70, 200]} label="姓名已规范" rows={details.namesNormalized.map((n) => [n.row, visibleSpaces(n.typed), n.stored])} />
        </Shown>
      </Tabs.Panel>

      <Tabs.Panel value="footer" pt="xs">
        <Text size="sm" c="dimmed" mb={4}>数据下方的合计、填表人、说明等行不是人员，没有导入，也不算作数据行。</Text>
        <Shown count={details.footer.length} total={report.footerRows} empty="">
          <Rows head={['行号', '内容']} widths={[70]} label="表尾，未导入" rows={details.footer.map((f) => [f.row, f.text])} />
        </Shown>
      </Tabs.Panel>
    </Tabs>
  );
}

/** A name as typed, in quotes so its spaces show, with ⏎ where the cell had a line break. */
function visibleSpaces(typed: string): string {
  return `“${typed.replace(/\r?\n|\r/g, '⏎')}”`;
}

function Shown({ count, total, empty, children }: { count: number; total: number; empty: string; children: ReactNode }) {
  if (total === 0) return <Text size="sm" c="dimmed">{empty}</Text>;
  return (
    <>
      {count < total && (
        <Text size="xs" c="dimmed" mb={4}>
          共 {formatCount(total)} 条，这里列出前 {formatCount(count)} 条。
        </Text>
      )}
      {children}
    </>
  );
}

function Rows({ head, widths, rows, label }: { head: string[]; widths: number[]; rows: ReactNode[][]; label: string }) {
  return (
    <ScrollArea.Autosize mah={420} type="auto">
      <Table striped stickyHeader withTableBorder verticalSpacing={4} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {head.map((h, i) => (
              <Table.Th key={h} w={widths[i]}>
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((cells, r) => (
            <Table.Tr key={r}>
              {cells.map((c, i) => (
                <Table.Td key={i}>{c}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
