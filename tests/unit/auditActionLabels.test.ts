import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionLabel, actionLabels } from '../../shared/rules/auditChanges';

/**
 * Every action code the desk writes into the audit log has a Chinese name in
 * the 操作记录. The codes are read from the source: literals given as an
 * entry's `action` (ternaries and defaults included) and literals passed to
 * helpers that take an `action` parameter.
 */

const ROOT = path.resolve(__dirname, '../../electron');
const CODE = /'([a-z]+(?:\.[a-zA-Z]+)+)'/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

function codesIn(text: string): string[] {
  return [...text.matchAll(CODE)].map((m) => m[1]!);
}

/** The text of a call's arguments, from just after its opening parenthesis to the matching one. */
function callArguments(text: string, open: number): string {
  let depth = 1;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open, i);
  }
  return text.slice(open);
}

function writtenActions(): Map<string, string> {
  const texts = sourceFiles(ROOT).map((file) => ({ file: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8') }));
  const found = new Map<string, string>();
  const note = (code: string, file: string) => found.has(code) || found.set(code, file);
  // `action: 'x.y'`, `action: cond ? 'x.y' : 'x.z'`, `action: AuditAction = 'x.y'` (not `action === …`).
  for (const { file, text } of texts) {
    for (const m of text.matchAll(/\baction\s*(?::|=(?!=))([^,;\n]*)/g)) for (const c of codesIn(m[1]!)) note(c, file);
  }
  // Helpers that take the action as a parameter, and the codes their calls pass.
  const helpers = new Set<string>();
  for (const { text } of texts) {
    for (const m of text.matchAll(/function\s+(\w+)\s*\(([^)]*)\)/g)) if (/\baction\b/.test(m[2]!)) helpers.add(m[1]!);
  }
  for (const { file, text } of texts) {
    for (const name of helpers) {
      for (const m of text.matchAll(new RegExp(`\\b${name}\\(`, 'g'))) for (const c of codesIn(callArguments(text, m.index + m[0].length))) note(c, file);
    }
  }
  return found;
}

describe('audit action names', () => {
  const written = writtenActions();

  it('finds the actions written in every way the source writes them', () => {
    // Direct, ternary, default parameter, and through a helper's argument.
    for (const code of ['unit.create', 'unit.restore', 'staff.transfer', 'booking.create', 'booking.spread', 'exemption.approve', 'exemption.reject', 'exemption.evidence.remove', 'backup.restore']) {
      expect(written.has(code), code).toBe(true);
    }
  });

  it('gives every written action a Chinese name', () => {
    const unnamed = [...written].filter(([code]) => !(code in actionLabels)).map(([code, file]) => `${code} (${file})`);
    expect(unnamed).toEqual([]);
    for (const code of written.keys()) expect(actionLabel(code)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names no action that nothing writes', () => {
    expect(Object.keys(actionLabels).filter((code) => !written.has(code))).toEqual([]);
  });

  it('calls a booking for a make-up session 补考报名, and shows an unknown code as it is', () => {
    expect(actionLabel('booking.create', { kind: 'makeup', sessionAt: '2024-11-26T08:30' })).toBe('补考报名');
    expect(actionLabel('booking.spread', { kind: 'makeup' })).toBe('补考报名');
    expect(actionLabel('booking.create', { kind: 'regular' })).toBe('报考');
    expect(actionLabel('booking.cancel', { kind: 'makeup' })).toBe('取消报考');
    expect(actionLabel('retired.thing')).toBe('retired.thing');
  });
});
