import { isCalendarDate } from './calendarDays';

/**
 * The day a platform export's figures were taken, as its title rows say it:
 * “数据截至 2024-08-31”, “统计截止日期：2024年8月31日”, “截至2024/8/31” and
 * the like. Only a date after 截至 / 截止 counts (an export's 导出于 date is
 * not the day the figures stand at); null when no title row says it.
 */
const AS_OF = /(?:截至|截止)(?:日期|时间)?(?:为|到)?[\s:：]*(\d{4})\s*[-年./／]\s*(\d{1,2})\s*[-月./／]\s*(\d{1,2})/;

export function asOfFromTitles(titles: string[]): string | null {
  for (const t of titles) {
    const m = AS_OF.exec(t);
    if (!m) continue;
    const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    if (isCalendarDate(date)) return date;
  }
  return null;
}
