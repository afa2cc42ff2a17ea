import { Code, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DeskInfo } from '../../../../shared/settings/schemas';
import { schemaVersionText } from '../../text/format';

const modeLabels: Record<DeskInfo['mode'], string> = { electron: '桌面程序', browser: '浏览器模式（仅本机可访问）', cli: '命令行' };

/** 关于: what is running and where its data lives, for support calls. */
export function AboutSection({ info }: { info: DeskInfo }) {
  const rows: [string, ReactNode][] = [
    ['程序', info.appName],
    ['版本', info.version],
    ['运行方式', modeLabels[info.mode]],
    ['数据文件', <Code key="db">{info.databaseFile}</Code>],
    ['数据库结构版本', schemaVersionText(info.schemaVersion)],
    ['今天', info.clockToday],
  ];
  // Only while a planning date moves the desk's today away from the clock's.
  if (info.today !== info.clockToday) rows.push(['计划日期', `${info.today}（工作年度、待办事项和报考条件按此日期）`]);
  rows.push(['台账规模', `${info.unitCount} 个单位，${info.staffCount} 名学员`]);
  return (
    <Table variant="vertical" withTableBorder layout="fixed" aria-label="关于本程序">
      <Table.Tbody>
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th w={160}>{k}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-all' }}>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
