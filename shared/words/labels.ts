/**
 * Labels the admin reads in more than one place (a table header, a form
 * field, a filter, an export or PDF header, a message naming the field). One
 * spelling each; a word used in one place only stays where it is.
 */

/** The dates of a 免考 application, as its form, its refusals and its printed record name them. */
export const exemptionDateLabels = {
  appliedOn: '书面申请日期',
  reviewedOn: '审核日期',
  decidedOn: '批准（决定）日期',
  platformSetOn: '平台设置日期',
  revokedOn: '撤销日期',
  evasionDecidedOn: '认定日期',
} as const;
export type ExemptionDateField = keyof typeof exemptionDateLabels;

/** The dates of a transfer, as the forms, their checks and the lists name them. */
export const transferDateLabels = {
  effectiveOn: '生效日期',
  expectedOn: '预计调动日期',
} as const;
export type TransferDateField = keyof typeof transferDateLabels;

/**
 * The fields of a person (and the unit words that go with them), as the
 * roster's columns and form, the filters, the exports, the printed records
 * and the change log name them. shared/excel/schemas.ts's rosterFieldLabels
 * takes the importable ones from here.
 */
export const fieldLabels = {
  name: '姓名',
  idNumber: '身份证号',
  sex: '性别',
  birthDate: '出生日期',
  unit: '单位',
  phone: '手机号码',
  account: '登录账号',
  rank: '职级',
  post: '职务',
  status: '在职状态',
  notes: '备注',
  unitAttribute: '单位属性',
} as const;
export type LabelledField = keyof typeof fieldLabels;

/** A booking's state, as the lists, their exports and the change log name it. */
export const bookingStatusLabels = {
  booked: '已报考',
  cancelled: '已取消',
} as const;
