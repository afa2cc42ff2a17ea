import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/contract';
import { mergeTables, type MethodTable } from '../../shared/methodTable';
import { auditMethods } from '../../shared/audit/methods';
import { backupMethods } from '../../shared/backup/methods';
import { statsMethods } from '../../shared/stats/methods';
import { transferMethods } from '../../shared/transfers/methods';
import { handlers } from '../../electron/core/handlers';

const ping = { args: z.object({}).strict(), result: z.null() };
const pong = { args: z.object({ n: z.number() }).strict(), result: z.number() };

describe('merging contract slices', () => {
  it('keeps every method of every slice, each under its own name', () => {
    const merged = mergeTables({ 'a.ping': ping } as const satisfies MethodTable, { 'b.pong': pong } as const satisfies MethodTable);
    expect(Object.keys(merged)).toEqual(['a.ping', 'b.pong']);
    expect(merged['a.ping']).toBe(ping);
    expect(merged['b.pong']).toBe(pong);
  });

  it('refuses a method name declared by two slices, at compile time and at run time', () => {
    const first = { 'a.ping': ping, 'a.same': ping } as const satisfies MethodTable;
    const second = { 'a.same': pong } as const satisfies MethodTable;
    // @ts-expect-error 'a.same' is declared by both slices
    expect(() => mergeTables(first, second)).toThrow('method a.same is declared twice');
    // @ts-expect-error the repeat is found across any two of the slices, not only neighbours
    expect(() => mergeTables(second, { 'c.other': ping } as const, first)).toThrow('method a.same is declared twice');
  });

  it('assembles the real contract from slices that share no name, each method handled once', () => {
    const slices = [auditMethods, backupMethods, statsMethods, transferMethods];
    for (const slice of slices) {
      for (const name of Object.keys(slice)) expect(contract[name as keyof typeof contract]).toBe(slice[name as keyof typeof slice]);
    }
    expect(new Set(methodNames).size).toBe(methodNames.length);
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
    // Each feature's methods carry its name: the slices are split by feature, not by screen.
    expect(Object.keys(statsMethods).every((m) => m.startsWith('stats.'))).toBe(true);
    expect(Object.keys(auditMethods).every((m) => m.startsWith('audit.'))).toBe(true);
    expect(Object.keys(backupMethods).every((m) => m.startsWith('backup.'))).toBe(true);
    expect(Object.keys(transferMethods).every((m) => m.startsWith('transfers.'))).toBe(true);
  });
});

describe('one folder per feature on every side', () => {
  const root = path.resolve(__dirname, '../..');
  const folders = (dir: string) =>
    fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  const sharedFeatures = folders('shared').filter((name) => fs.existsSync(path.join(root, 'shared', name, 'methods.ts')));

  it('gives each contract slice in shared/ a service folder of the same name with its handlers', () => {
    expect(sharedFeatures.length).toBeGreaterThanOrEqual(14);
    expect(folders('electron/core/services')).toEqual(sharedFeatures);
    for (const feature of sharedFeatures) expect(fs.existsSync(path.join(root, 'electron/core/services', feature, 'handlers.ts'))).toBe(true);
  });

  it('keeps no schema module outside a feature folder (or common/) in shared/', () => {
    const loose = fs.readdirSync(path.join(root, 'shared')).filter((name) => /schemas?\.ts$/i.test(name));
    expect(loose).toEqual([]);
    // Besides the features' folders and common/: the pure rules and the admin's words.
    for (const name of folders('shared').filter((n) => n !== 'rules' && n !== 'words')) {
      for (const file of fs.readdirSync(path.join(root, 'shared', name))) {
        expect(['methods.ts', 'schemas.ts'].includes(file), `shared/${name}/${file}`).toBe(true);
      }
    }
  });

  it('names every screen folder after a feature, and every feature with a screen has one', () => {
    // Features whose work sits on another feature's screen, in the admins' own grouping.
    const shownOn: Record<string, string> = { accounts: 'excel', retirement: 'staff', demo: 'settings', backup: 'settings', todos: 'home' };
    const expected = [...new Set(sharedFeatures.map((f) => shownOn[f] ?? f))].sort();
    expect(folders('renderer/src/screens')).toEqual(expected);
  });
});
