import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/core/db/migrations';
import { schemaVersionText } from '../../renderer/src/text/format';

describe('the database structure version as the admin reads it', () => {
  it('is the date and time of the newest migration, never its code', () => {
    expect(schemaVersionText('20261207091000_retirement_settlements')).toBe('2026-12-07 09:10 版');
    for (const m of migrations) expect(schemaVersionText(m.name)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 版$/);
  });

  it('says 未知 for a backup that does not say', () => {
    expect(schemaVersionText(null)).toBe('未知');
    expect(schemaVersionText('')).toBe('未知');
    expect(schemaVersionText('no-version')).toBe('未知');
  });
});
