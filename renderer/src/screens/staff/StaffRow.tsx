import { Checkbox } from '@mantine/core';
import { memo, type KeyboardEvent } from 'react';
import type { Staff } from '../../../../shared/staff/schemas';
import { gridTemplate, staffColumns } from './columns';

interface Props {
  index: number;
  staff: Staff | undefined;
  /** Offset from the top of the body, in px. */
  start: number;
  height: number;
  selected: boolean;
  /** The one row reached by Tab (roving focus); the others by the arrow keys. */
  tabbable: boolean;
  onOpen(staff: Staff): void;
  onToggle(id: number): void;
  onRowKeyDown(e: KeyboardEvent<HTMLDivElement>, index: number): void;
  onRowFocus(index: number): void;
}

/** One roster row; rows not loaded yet show a quiet placeholder of the same height. */
export const StaffRow = memo(function StaffRow({ index, staff, start, height, selected, tabbable, onOpen, onToggle, onRowKeyDown, onRowFocus }: Props) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={staff ? selected : undefined}
      data-index={index}
      className="xd-staff-row"
      tabIndex={tabbable ? 0 : -1}
      style={{ gridTemplateColumns: gridTemplate, height, transform: `translateY(${start}px)` }}
      onClick={() => staff && onOpen(staff)}
      onKeyDown={(e) => onRowKeyDown(e, index)}
      onFocus={(e) => e.target === e.currentTarget && onRowFocus(index)}
    >
      <div role="cell" className="xd-staff-cell" onClick={(e) => e.stopPropagation()}>
        {staff && (
          <Checkbox
            size="xs"
            tabIndex={-1}
            aria-label={`选择 ${staff.name}`}
            checked={selected}
            onChange={() => onToggle(staff.id)}
          />
        )}
      </div>
      {staff
        ? staffColumns.map((c) => (
            <div key={c.key} role="cell" className="xd-staff-cell" data-col={c.key} title={c.title?.(staff)}>
              {c.render(staff)}
            </div>
          ))
        : staffColumns.map((c, i) => (
            <div key={c.key} role="cell" className="xd-staff-cell xd-staff-placeholder">
              {i === 0 ? '载入中…' : ''}
            </div>
          ))}
    </div>
  );
});
