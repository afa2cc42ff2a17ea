import type { TransferDirection } from '../../../../shared/transfers';

export const directionLabels: Record<TransferDirection, string> = { in: '调入', out: '调出', within: '内部调动' };
export const directionColors: Record<TransferDirection, string> = { in: 'teal.8', out: 'orange.8', within: 'gray.7' };

/** An ISO instant as the admin's local date and time: 2024-09-02 09:00. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
