import { Checkbox } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Staff } from '../../../../shared/staff/schemas';
import { gridMinWidth, gridTemplate, staffColumns } from './columns';
import { StaffRow } from './StaffRow';
import type { StaffPages } from './useStaffPages';
import './staffTable.css';

const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 38;
const FETCH_DELAY_MS = 60;

interface Props {
  pages: StaffPages;
  /** Changes when the filters change: the list goes back to the top. */
  resetKey: string;
  selected: ReadonlySet<number>;
  onToggle(id: number): void;
  onToggleAll(rows: Staff[], select: boolean): void;
  onOpen(staff: Staff): void;
}

/**
 * The roster as a virtualised grid: however many people match, only the rows
 * in view (plus a few) are in the DOM, and their pages are fetched on demand.
 * Keyboard: ↑↓ PageUp PageDown Home End move, Enter opens, Space selects.
 */
export function StaffTable({ pages, resetKey, selected, onToggle, onToggleAll, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const total = pages.total ?? 0;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure } = pages;

  // Fetch once the view rests for a moment, so dragging the scrollbar through
  // 100,000 rows does not ask for every page passed on the way.
  useEffect(() => {
    if (total === 0) return;
    const timer = window.setTimeout(() => ensure(first, last), FETCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [first, last, total, ensure]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setActive(0);
  }, [resetKey]);

  // Focus follows the keyboard once the target row has been rendered.
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const moveTo = useCallback(
    (index: number) => {
      if (total === 0) return;
      const target = Math.min(total - 1, Math.max(0, index));
      setActive(target);
      pendingFocus.current = target;
      virtualizer.scrollToIndex(target, { align: 'auto' });
    },
    [total, virtualizer],
  );

  const onRowKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>, index: number) => {
      if (e.target !== e.currentTarget) return;
      const perPage = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
      const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + perPage, PageUp: index - perPage, Home: 0, End: total - 1 };
      const target = moves[e.key];
      if (target !== undefined) {
        e.preventDefault();
        moveTo(target);
        return;
      }
      const staff = pages.rowAt(index);
      if (!staff) return;
      if (e.key === 'Enter') {
        e.preventDefault();
        onOpen(staff);
      } else if (e.key === ' ') {
        e.preventDefault();
        onToggle(staff.id);
      }
    },
    [moveTo, onOpen, onToggle, pages, total],
  );

  // Tab reaches the last row used, or the first in view when that one has scrolled away.
  const tabbable = items.some((i) => i.index === active) ? active : first;
  const loaded = pages.loadedRows();
  const selectedLoaded = loaded.filter((s) => selected.has(s.id)).length;
  const allSelected = loaded.length > 0 && selectedLoaded === loaded.length;

  return (
    <div ref={scrollRef} className="xd-staff-scroll" role="table" aria-label="学员列表" aria-rowcount={total + 1}>
      <div role="rowgroup" className="xd-staff-head" style={{ minWidth: gridMinWidth }}>
        <div role="row" aria-rowindex={1} className="xd-staff-row" style={{ gridTemplateColumns: gridTemplate, height: HEADER_HEIGHT }}>
          <div role="columnheader" className="xd-staff-cell">
            <Checkbox
              size="xs"
              aria-label="全选已显示的学员"
              title="选择已载入的全部学员（滚动载入更多后可再次全选）"
              checked={allSelected}
              indeterminate={selectedLoaded > 0 && !allSelected}
              disabled={loaded.length === 0}
              onChange={() => onToggleAll(loaded, !allSelected)}
            />
          </div>
          {staffColumns.map((c) => (
            <div key={c.key} role="columnheader" className="xd-staff-cell">
              {c.header}
            </div>
          ))}
        </div>
      </div>
      <div ref={bodyRef} role="rowgroup" className="xd-staff-body" style={{ height: virtualizer.getTotalSize(), minWidth: gridMinWidth, position: 'relative' }}>
        {items.map((item) => {
          const staff = pages.rowAt(item.index);
          return (
            <StaffRow
              key={item.key}
              index={item.index}
              staff={staff}
              start={item.start - HEADER_HEIGHT}
              height={ROW_HEIGHT}
              selected={staff ? selected.has(staff.id) : false}
              tabbable={item.index === tabbable}
              onOpen={onOpen}
              onToggle={onToggle}
              onRowKeyDown={onRowKeyDown}
              onRowFocus={setActive}
            />
          );
        })}
      </div>
    </div>
  );
}
