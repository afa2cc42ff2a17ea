import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import { maskIdNumber } from '../../../../shared/rules/idNumber';
import type { Staff } from '../../../../shared/staff/schemas';
import { fieldLabels } from '../../../../shared/words/labels';

export interface StaffColumn {
  key: string;
  header: string;
  /** A CSS grid track size. */
  width: string;
  render(s: Staff): ReactNode;
  /** Text for the cell's tooltip when it may be cut off. */
  title?(s: Staff): string;
}

/** The roster's columns, in the order admins read a 名册 (the ID number masked; full only in the form). */
export const staffColumns: StaffColumn[] = [
  { key: 'name', header: fieldLabels.name, width: '72px', render: (s) => s.name, title: (s) => s.name },
  { key: 'idNumber', header: fieldLabels.idNumber, width: '146px', render: (s) => maskIdNumber(s.idNumber) },
  { key: 'sex', header: fieldLabels.sex, width: '40px', render: (s) => s.sex },
  { key: 'birthDate', header: fieldLabels.birthDate, width: '84px', render: (s) => s.birthDate },
  { key: 'phone', header: fieldLabels.phone, width: '98px', render: (s) => s.phone ?? '' },
  { key: 'account', header: fieldLabels.account, width: '98px', render: (s) => s.account ?? '', title: (s) => s.account ?? '' },
  { key: 'unit', header: fieldLabels.unit, width: 'minmax(130px, 1fr)', render: (s) => s.unitPath, title: (s) => s.unitPath },
  { key: 'rank', header: fieldLabels.rank, width: '96px', render: (s) => s.rank ?? '', title: (s) => s.rank ?? '' },
  { key: 'post', header: fieldLabels.post, width: '72px', render: (s) => s.post ?? '', title: (s) => s.post ?? '' },
  { key: 'status', header: fieldLabels.status, width: '68px', render: (s) => s.status },
  {
    key: 'checked',
    header: '核对',
    width: '64px',
    render: (s) =>
      s.checked ? (
        <Badge color="teal" variant="light" size="sm">
          已核对
        </Badge>
      ) : (
        <Badge color="gray" variant="outline" size="sm">
          未核对
        </Badge>
      ),
  },
];

export const SELECT_COLUMN_WIDTH = '36px';
export const gridTemplate = [SELECT_COLUMN_WIDTH, ...staffColumns.map((c) => c.width)].join(' ');
/** Narrowest the grid can be before it scrolls sideways. */
export const gridMinWidth = 36 + 72 + 146 + 40 + 84 + 98 + 98 + 130 + 96 + 72 + 68 + 64;
