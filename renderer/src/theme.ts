import { createTheme } from '@mantine/core';

/** System CJK fonts first: Microsoft YaHei on the admins' Windows PCs, Noto CJK on Linux. */
export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily:
    '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", system-ui, sans-serif',
  headings: { fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", system-ui, sans-serif' },
  defaultRadius: 'sm',
});
