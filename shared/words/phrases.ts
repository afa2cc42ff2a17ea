/** Pieces of wording several messages share. */

/** Up to `limit` names (or numbers) joined with 、, then “ 等 N 人” when there are more. */
export function someNames(names: readonly (string | number)[], limit = 5): string {
  return names.slice(0, limit).join('、') + (names.length > limit ? ` 等 ${names.length} 人` : '');
}

/** A session's start as shown to the admin: 2026-05-12 09:00. */
export function sessionShown(at: string): string {
  return at.replace('T', ' ');
}
