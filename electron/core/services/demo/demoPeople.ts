import { idCheckChar } from '../../../../shared/rules/idNumber';
import type { Rank } from '../../../../shared/settings/schemas';
import type { StaffStatus } from '../../../../shared/staff/schemas';
import type { StaffRow } from '../../db/repositories/staff';
import { AREA_CODES, FEMALE_CHARS, MALE_CHARS, PHONE_PREFIXES, POSTS, RANK_WEIGHTS, SURNAMES } from './demoNames';
import type { Random } from './demoRandom';
import type { DemoUnit } from './demoTree';

export type DemoStaffRow = Omit<StaffRow, 'id'>;

const SURNAME_WEIGHTS = SURNAMES.map((s, i) => [s, 1 / (i + 4)] as const);
const STATUS_WEIGHTS: (readonly [StaffStatus, number])[] = [
  ['在职', 93],
  ['离职', 2],
  ['调离', 3],
];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * How many people each unit gets: first-level units more than offices,
 * offices more than sections, with some spread; exactly `total` in all
 * (largest remainders).
 */
function headcounts(units: DemoUnit[], total: number, rand: Random): number[] {
  const weights = units.map((u) => (u.level === 1 ? 3 : u.level === 2 ? 2 : 1) * (0.5 + rand.next()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) {
    const i = byRemainder[k]![1];
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/**
 * `total` made-up people spread over the units, in tree order: realistic
 * names, valid and unique 18-digit ID numbers (birth 1964–2002, sex from the
 * sequence's parity), unique mobile numbers used as the login account, ranks
 * from the desk's list (mostly ranks that take part), mostly 在职.
 */
export function planStaff(units: DemoUnit[], total: number, ranks: Rank[], rand: Random, at: string): DemoStaffRow[] {
  if (total === 0 || units.length === 0) return [];
  const rankWeights = ranks.map((r) => [r.name, RANK_WEIGHTS[r.name] ?? (r.takesPart ? 5 : 0.1)] as const);
  const ids = new Set<string>();
  const phones = new Set<string>();
  const rows: DemoStaffRow[] = [];

  const idNumber = (male: boolean, year: number): { id: string; birth: string } => {
    for (;;) {
      const month = rand.int(1, 12);
      const day = rand.int(1, daysIn(year, month));
      const seq = 2 * rand.int(0, 498) + (male ? 1 : 2);
      const first17 = `${rand.weighted(AREA_CODES)}${year}${pad(month, 2)}${pad(day, 2)}${pad(seq, 3)}`;
      const id = first17 + idCheckChar(first17);
      if (!ids.has(id)) {
        ids.add(id);
        return { id, birth: `${year}-${pad(month, 2)}-${pad(day, 2)}` };
      }
    }
  };
  const phone = (): string => {
    for (;;) {
      const p = `${rand.pick(PHONE_PREFIXES)}${pad(rand.int(0, 99_999_999), 8)}`;
      if (!phones.has(p)) {
        phones.add(p);
        return p;
      }
    }
  };

  headcounts(units, total, rand).forEach((count, u) => {
    const unit = units[u]!;
    for (let i = 0; i < count; i++) {
      const male = rand.chance(0.56);
      const chars = male ? MALE_CHARS : FEMALE_CHARS;
      const given = rand.chance(0.7) ? rand.pick(chars) + rand.pick(chars) : rand.pick(chars);
      const year = rand.int(1964, 2002);
      const { id, birth } = idNumber(male, year);
      const mobile = phone();
      // Only people near or past retirement age are shown as retired.
      const status: StaffStatus = year <= 1966 && rand.chance(0.3) ? '退休' : rand.weighted(STATUS_WEIGHTS);
      const post = rand.pick(POSTS);
      rows.push({
        id_number: id,
        name: rand.weighted(SURNAME_WEIGHTS) + given,
        sex: male ? '男' : '女',
        birth_date: birth,
        phone: mobile,
        account: mobile,
        unit_id: unit.id,
        rank: rankWeights.length ? rand.weighted(rankWeights) : null,
        post: post === '' ? null : post,
        status,
        retirement_age: male ? 60 : rand.chance(0.1) ? 50 : 55,
        notes: null,
        created_at: at,
        updated_at: at,
      });
    }
  });
  return rows;
}
