import { CJK_FONT_FILE } from '../../electron/core/print/fontPath';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml cannot be exercised here (no Electron runtime), so it
 * is checked two ways: against electron-builder's own configuration schema,
 * and for every setting the admins' data and Windows without admin rights
 * depend on.
 */
const root = path.resolve(import.meta.dirname, '../..');
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const section = (name: string) => config[name] as Record<string, unknown>;

interface BuilderConfigModule {
  validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
}
const requireFromHere = createRequire(import.meta.url);
const { validateConfiguration } = requireFromHere('app-builder-lib/out/util/config/config.js') as BuilderConfigModule;
const quiet = { isEnabled: false, add: () => undefined };

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder itself accepts (and the check does refuse a wrong one)', async () => {
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsis: { ...section('nsis'), perUser: true } }, quiet)).rejects.toThrow(/nsis/);
  });

  it('names the app and points at an icon that exists', () => {
    expect(config.productName).toBe('学法考法管理台');
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    const icon = path.join(root, section('directories').buildResources as string, section('win').icon as string);
    expect(fs.existsSync(icon)).toBe(true);
  });

  it('builds a per-user NSIS installer that never asks for admin rights, with a choice of folder, and a portable build', () => {
    const nsis = section('nsis');
    expect(nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false });
    expect(section('win').requestedExecutionLevel).toBe('asInvoker');
    expect(section('portable').requestExecutionLevel).toBe('user');
    const targets = (section('win').target as { target: string; arch: string[] }[]).map((t) => `${t.target}:${t.arch.join(',')}`);
    expect(targets.sort()).toEqual(['nsis:x64', 'portable:x64']);
  });

  it('flips the fuses: no run-as-node, no NODE_OPTIONS, no --inspect, app.asar only and checked', () => {
    expect(config.asar).toBe(true);
    expect(section('electronFuses')).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('does not rebuild sqlite3 (N-API) and unpacks its native binary from app.asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('packages the built app only, never a database, backup or transfer folder', () => {
    const files = config.files as string[];
    expect(files).toContain('out/**');
    expect(files.filter((f) => !f.startsWith('!') && /sqlite|backups|inbox|exports|evidence|xuefa-desk|AppData/i.test(f))).toEqual([]);
    expect(files).toContain('!**/*.{sqlite,sqlite-wal,sqlite-shm,db}');
    expect(JSON.stringify(config.extraResources)).not.toMatch(/sqlite|backups|AppData/i);
  });

  it('ships the CJK font for printed archives in resources/fonts, from a file that is installed', () => {
    const resources = config.extraResources as { from: string; to: string }[];
    // The name the archive's font resolver looks for under <resources>/fonts.
    const font = resources.find((r) => r.to === `fonts/${CJK_FONT_FILE}`);
    expect(font).toBeDefined();
    expect(fs.statSync(path.join(root, font!.from)).size).toBeGreaterThan(1_000_000);
    for (const r of resources) expect(fs.existsSync(path.join(root, r.from)), r.from).toBe(true);
  });
});
