/** 在职状态, in the order the roster offers them; apart from the schemas so a screen can list them without loading zod. */
export const staffStatuses = ['在职', '退休', '离职', '调离'] as const;
