import type { ExamRoute } from '../../../../shared/units/schemas';
import { GENERIC_OFFICES, SECTIONS, TOP_UNITS, TOWN_OFFICES, type TopUnitSeed } from './demoNames';

/** A unit of the demo tree, listed parents first (depth-first, in tree order). */
export interface DemoUnit {
  id: number;
  parentId: number | null;
  level: number;
  name: string;
  sortOrder: number;
  attribute: string | null;
  examRoute: ExamRoute | null;
  counterpart: string | null;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1…9999 in Chinese numerals (十二, 一百零五), for overflow names like 第十二工作组. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  const units = ['', '十', '百', '千'];
  const parts: string[] = [];
  const s = String(n);
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i]!;
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && parts.length > 0) parts.push('零');
    zero = false;
    parts.push(DIGITS[d]! + unit);
  }
  return parts.join('');
}

/** Bureaus and towns interleaved (three bureaus, one town), so even a small demo has both. */
function topOrder(): TopUnitSeed[] {
  const bureaus = TOP_UNITS.filter((u) => !u.town);
  const towns = TOP_UNITS.filter((u) => u.town);
  const out: TopUnitSeed[] = [];
  while (bureaus.length || towns.length) {
    out.push(...bureaus.splice(0, 3));
    const town = towns.shift();
    if (town) out.push(town);
  }
  return out;
}

/** `count` names unique among siblings: the preferred ones first, then numbered ones. */
function siblingNames(preferred: string[], count: number, overflow: (n: number) => string): string[] {
  const names = [...new Set(preferred)].slice(0, count);
  for (let n = 1; names.length < count; n++) {
    const name = overflow(n);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Offices that are public institutions (事业单位) by their name. */
function officeAttribute(name: string): string | null {
  return /(中学|中专|医院|中心|馆|站)$/.test(name) || name === '公证处' ? '事业单位' : null;
}

/** Splits `total` into `parts` near-equal shares, the larger ones first. */
function shares(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/**
 * A unit tree of exactly `total` units: first-level bureaus and towns of
 * 汨罗市, their offices (二级) and sections (三级). Attributes only where they
 * are in `attributes` (the desk's list), and only on first-level units and on
 * public institutions, so the check screen has units without one to show.
 * Responsible units (司法局, 公安局 …) sit the 分类 exam with their provincial
 * counterpart.
 */
export function planUnits(total: number, firstId: number, attributes: Set<string>): DemoUnit[] {
  const seeds = topOrder();
  const topCount = Math.min(seeds.length, Math.max(1, Math.ceil(total / 20)));
  const budgets = shares(total - topCount, topCount);
  const units: DemoUnit[] = [];
  let nextId = firstId;
  const add = (u: Omit<DemoUnit, 'id'>): DemoUnit => {
    const unit = { ...u, id: nextId++, attribute: u.attribute !== null && attributes.has(u.attribute) ? u.attribute : null };
    units.push(unit);
    return unit;
  };

  seeds.slice(0, topCount).forEach((seed, t) => {
    const top = add({
      parentId: null,
      level: 1,
      name: seed.name,
      sortOrder: t,
      attribute: seed.attribute,
      examRoute: seed.counterpart ? 'category' : null,
      counterpart: seed.counterpart ?? null,
    });
    const budget = budgets[t]!;
    if (budget === 0) return;
    const officeCount = Math.min(budget, Math.ceil(Math.sqrt(budget * 2)));
    const preferred = [...(seed.offices ?? []), ...(seed.town ? TOWN_OFFICES : []), ...GENERIC_OFFICES];
    const officeNames = siblingNames(preferred, officeCount, (n) => `第${chineseNumber(n)}工作组`);
    const sectionBudgets = shares(budget - officeCount, officeCount);
    officeNames.forEach((name, o) => {
      const office = add({ parentId: top.id, level: 2, name, sortOrder: o, attribute: officeAttribute(name), examRoute: null, counterpart: null });
      const sections = siblingNames(SECTIONS, sectionBudgets[o]!, (n) => `第${chineseNumber(n)}组`);
      sections.forEach((s, i) => add({ parentId: office.id, level: 3, name: s, sortOrder: i, attribute: null, examRoute: null, counterpart: null }));
    });
  });
  return units;
}
