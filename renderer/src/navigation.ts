/** The desk's screens, in the order of the admin's year. */
export const screens = [
  { key: 'units', label: '单位层级' },
  { key: 'staff', label: '学员名册' },
  { key: 'transfers', label: '人员异动' },
  { key: 'exemptions', label: '免考管理' },
  { key: 'bookings', label: '报考' },
  { key: 'excel', label: '导入导出' },
  { key: 'stats', label: '统计' },
  { key: 'audit', label: '操作记录' },
  { key: 'settings', label: '设置' },
] as const;

export type ScreenKey = (typeof screens)[number]['key'];

export const defaultScreen: ScreenKey = 'units';
