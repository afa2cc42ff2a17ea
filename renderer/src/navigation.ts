/** The desk's screens, in the order of the admin's year. */
export interface ScreenInfo {
  key: string;
  label: string;
  /** What the screen is for, shown while it is still being built. */
  summary: string;
}

export const screens: ScreenInfo[] = [
  { key: 'units', label: '单位层级', summary: '建立和维护本单位及下属单位的层级，设置单位属性、管理员和组考方式。' },
  { key: 'staff', label: '学员名册', summary: '维护全体学员信息：身份证号、手机号、登录账号、职级、在职状态，并完成年度核对。' },
  { key: 'transfers', label: '人员异动', summary: '由调入单位办理人员调入，查看调入调出记录和待接收人员。' },
  { key: 'exemptions', label: '免考管理', summary: '登记免考申请与审核，保存证明材料，打印免考存档。' },
  { key: 'bookings', label: '报考', summary: '查看学分，安排考试场次，登记考试结果和补考。' },
  { key: 'excel', label: '导入导出', summary: '从 Excel 导入名册和平台数据，导出名册、签到表和名单。' },
  { key: 'stats', label: '统计', summary: '按单位查看参考率、通过率等年度统计。' },
  { key: 'audit', label: '操作记录', summary: '按日期、类别、单位和人员查看每一次改动（原值 → 新值），可导出到 Excel。' },
  { key: 'settings', label: '设置', summary: '职级和单位属性列表、年度规则、数据文件夹、备份与恢复。' },
];

export const defaultScreen = 'units';
