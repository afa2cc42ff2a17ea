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
