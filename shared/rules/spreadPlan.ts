/**
 * How a group is spread over the sessions an admin chose (a computer room per
 * session). By default evenly: 41 people over five sessions of 40 seats sit
 * 9/8/8/8/8, not 40/1/0/0/0; the first sessions take the odd ones. Colleagues
 * of one unit sit together: each unit's people go whole into one session
 * when they fit in its even share, and otherwise fill the fewest sessions.
 * 'fill' fills the sessions in time order, each up to its capacity.
 */

export type SpreadMode = 'even' | 'fill';

export interface SpreadSession {
  at: string;
  /** Seats still free (capacity − already booked); null: no limit. */
  free: number | null;
}

export interface SpreadPerson {
  id: number;
  /** People of one group (a unit) sit together where they fit. */
  group: number;
  /** The chosen sessions this person may be booked into. */
  open: string[];
}

export interface SpreadOutcome {
  /** Session → the people placed there, in the order they were given. */
  placed: Map<string, number[]>;
  /** People no session had a seat for. */
  noRoom: number[];
}

/** Each session's even share of n people within its free seats (sessions in time order). */
export function evenShares(n: number, free: (number | null)[]): number[] {
  const cap = free.map((f) => (f === null ? Infinity : Math.max(0, f)));
  const seats = cap.reduce((s, c) => s + c, 0);
  if (seats <= n) return cap.map((c) => (c === Infinity ? n : c));
  // The lowest level L at which the sessions, each holding at most min(cap, L), take everyone.
  const held = (level: number) => cap.reduce((s, c) => s + Math.min(c, level), 0);
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (held(mid) >= n) hi = mid;
    else lo = mid + 1;
  }
  const shares = cap.map((c) => Math.min(c, Math.max(0, lo - 1)));
  let left = n - shares.reduce((s, x) => s + x, 0);
  for (let i = 0; i < shares.length && left > 0; i++) {
    if (cap[i]! > shares[i]!) {
      shares[i]!++;
      left--;
    }
  }
  return shares;
}

export function planSpread(sessions: SpreadSession[], people: SpreadPerson[], mode: SpreadMode = 'even'): SpreadOutcome {
  const order = new Map(people.map((p, i) => [p.id, i]));
  const placed = new Map<string, number[]>(sessions.map((s) => [s.at, []]));
  const free = new Map(sessions.map((s) => [s.at, s.free === null ? Infinity : Math.max(0, s.free)]));
  const noRoom: number[] = [];
  const put = (at: string, ids: number[]) => {
    placed.get(at)!.push(...ids);
    free.set(at, free.get(at)! - ids.length);
  };

  if (mode === 'fill') {
    for (const p of people) {
      const seat = sessions.find((s) => p.open.includes(s.at) && free.get(s.at)! > 0);
      if (seat) put(seat.at, [p.id]);
      else noRoom.push(p.id);
    }
    return { placed, noRoom };
  }

  const shares = evenShares(
    people.length,
    sessions.map((s) => s.free),
  );
  const room = new Map(sessions.map((s, i) => [s.at, shares[i]!]));
  const rank = new Map(sessions.map((s, i) => [s.at, i]));

  // A group: one unit's people who may sit the same sessions; the biggest are seated first.
  const groups = new Map<string, { open: string[]; ids: number[] }>();
  for (const p of people) {
    const open = sessions.map((s) => s.at).filter((at) => p.open.includes(at));
    const key = `${p.group}|${open.join(',')}`;
    const g = groups.get(key) ?? { open, ids: [] };
    g.ids.push(p.id);
    groups.set(key, g);
  }
  const bySize = [...groups.values()].sort((a, b) => b.ids.length - a.ids.length);

  for (const g of bySize) {
    const size = g.ids.length;
    // Whole, into the session whose share left fits it most closely (the earliest on a tie).
    const whole = g.open
      .filter((at) => room.get(at)! >= size)
      .sort((a, b) => room.get(a)! - room.get(b)! || rank.get(a)! - rank.get(b)!)[0];
    if (whole !== undefined) {
      put(whole, g.ids);
      room.set(whole, room.get(whole)! - size);
      continue;
    }
    // Split over the fewest sessions: the largest shares left first, then any free seat, least used first.
    let rest = g.ids;
    for (const at of [...g.open].sort((a, b) => room.get(b)! - room.get(a)! || rank.get(a)! - rank.get(b)!)) {
      const n = Math.min(room.get(at)!, rest.length);
      if (n <= 0) continue;
      put(at, rest.slice(0, n));
      room.set(at, room.get(at)! - n);
      rest = rest.slice(n);
    }
    while (rest.length > 0) {
      const at = g.open.filter((s) => free.get(s)! > 0).sort((a, b) => placed.get(a)!.length - placed.get(b)!.length || rank.get(a)! - rank.get(b)!)[0];
      if (at === undefined) break;
      const n = Math.min(free.get(at)!, rest.length);
      put(at, rest.slice(0, n));
      rest = rest.slice(n);
    }
    noRoom.push(...rest);
  }
  for (const ids of placed.values()) ids.sort((a, b) => order.get(a)! - order.get(b)!);
  noRoom.sort((a, b) => order.get(a)! - order.get(b)!);
  return { placed, noRoom };
}
