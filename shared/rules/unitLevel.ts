const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一级, 2 → 二级, … 12 → 十二级: the words admins use for depth in the tree. */
export function levelName(level: number): string {
  if (!Number.isInteger(level) || level < 1) throw new RangeError(`level ${level}`);
  if (level <= 10) return `${digits[level]}级`;
  if (level < 20) return `十${digits[level - 10]}级`;
  return `${level}级`;
}
