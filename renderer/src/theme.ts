import { createTheme } from '@mantine/core';

/** System CJK fonts first: Microsoft YaHei on the admins' Windows PCs, Noto CJK on Linux. */
export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily:
    '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", system-ui, sans-serif',
  headings: { fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", system-ui, sans-serif' },
  defaultRadius: 'sm',
  components: {
    // A closed list is not kept in the page: each kept one is drawn and placed
    // (a forced layout) as its screen opens, and a form or filter bar has several.
    // A plain entry, not Select.extend: that would pull Select into the shell's code.
    Select: { defaultProps: { comboboxProps: { keepMounted: false } } },
  },
});
