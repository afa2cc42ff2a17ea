import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, deskPaths } from '../../electron/core/paths';

describe('where the data lives', () => {
  it('uses %APPDATA%\\xuefa-desk on Windows', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\张三\\AppData\\Roaming' }, 'win32', 'C:\\Users\\张三')).toBe(
      'C:\\Users\\张三\\AppData\\Roaming\\xuefa-desk',
    );
  });

  it('lets XUEFA_DATA_DIR override the default on every system', () => {
    expect(defaultDataDir({ XUEFA_DATA_DIR: '/srv/desk', APPDATA: 'C:\\x' }, 'win32')).toBe(path.resolve('/srv/desk'));
  });

  it('follows the XDG convention on Linux', () => {
    expect(defaultDataDir({}, 'linux', '/home/admin')).toBe('/home/admin/.local/share/xuefa-desk');
    expect(defaultDataDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/admin')).toBe('/data/xuefa-desk');
  });

  it('keeps backups beside the database, also for a --db file elsewhere', () => {
    expect(deskPaths('/d')).toEqual({ dataDir: '/d', databaseFile: '/d/xuefa.sqlite', backupsDir: '/d/backups' });
    expect(deskPaths('/d', '/elsewhere/a.sqlite')).toEqual({
      dataDir: '/elsewhere',
      databaseFile: '/elsewhere/a.sqlite',
      backupsDir: '/elsewhere/backups',
    });
  });
});
