/**
 * Runs in the page before the app's own scripts (an init script, kept as
 * text because the bench is type-checked without the DOM library). On every
 * change to the page it looks at the roster table and records in
 * `window.__rosterWatch`:
 * - firstRowMs: performance.now() (ms since navigation start) after the
 *   frame that painted the first loaded data row, placeholders not counted;
 * - rowCount: the table rows in the DOM now, maxRows: the most ever seen;
 * - total: the table's aria-rowcount less its header row, when the first row showed.
 */
export const ROSTER_WATCH_SCRIPT = `(() => {
  const watch = { firstRowMs: null, total: null, rowCount: 0, maxRows: 0 };
  window.__rosterWatch = watch;
  let seen = false;
  const look = () => {
    const table = document.querySelector('[role="table"][aria-label="学员列表"]');
    if (!table) return;
    const rows = table.querySelectorAll('[role="row"][data-index]').length;
    watch.rowCount = rows;
    if (rows > watch.maxRows) watch.maxRows = rows;
    if (!seen && table.querySelector('[role="row"][data-index] [role="cell"][data-col]')) {
      seen = true;
      watch.total = Number(table.getAttribute('aria-rowcount')) - 1;
      requestAnimationFrame(() => setTimeout(() => { watch.firstRowMs = performance.now(); }, 0));
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
})();`;

export interface RosterWatch {
  firstRowMs: number | null;
  total: number | null;
  rowCount: number;
  maxRows: number;
}

export const READ_ROSTER_WATCH = 'window.__rosterWatch';
