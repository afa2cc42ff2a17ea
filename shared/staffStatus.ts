/** 在职状态, in the order the roster offers them; apart from the schemas so a screen can list them without loading zod. */
export const staffStatuses = ['在职', '退休', '离职', '调离'] as const;

/** The status of a person in service: a new person's status, and the only one that takes part in the year's study and exams. */
export const IN_SERVICE = staffStatuses[0];

/** 在职: the person takes part (exams, 免考, retirement by age, the yearly check); every other status does not. */
export function isInService(status: string): boolean {
  return status === IN_SERVICE;
}

/** 退休 or 离职: the person has left service and can be neither received nor sent in a transfer (调离 people can come back). */
export function hasLeftService(status: string): boolean {
  return status === '退休' || status === '离职';
}
