/** 在职状态, in the order the roster offers them; apart from the schemas so a screen can list them without loading zod. */
export const staffStatuses = ['在职', '退休', '离职', '调离'] as const;

/** 退休 or 离职: the person has left service and can be neither received nor sent in a transfer (调离 people can come back). */
export function hasLeftService(status: string): boolean {
  return status === '退休' || status === '离职';
}
