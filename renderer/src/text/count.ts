/**
 * A count as the admins write it: 100,000 (thousands separated by commas, as
 * zh-CN does). Written out rather than through toLocaleString('zh-CN'),
 * whose first call loads the locale's number data: about 60 ms of the
 * roster's first paint on a slow office PC.
 */
export function formatCount(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
