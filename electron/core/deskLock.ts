/**
 * One desk's calls share its database connection; a restore closes and
 * reopens it. This gate lets ordinary calls run side by side (`shared`) and
 * gives a restore the desk to itself (`exclusive`): it waits for calls in
 * progress to finish, and calls arriving meanwhile wait for it.
 */
interface Gate {
  active: number;
  exclusive: Promise<void> | null;
  idle: (() => void)[];
}

const gates = new WeakMap<object, Gate>();

function gateOf(key: object): Gate {
  let g = gates.get(key);
  if (!g) {
    g = { active: 0, exclusive: null, idle: [] };
    gates.set(key, g);
  }
  return g;
}

export async function shared<T>(key: object, run: () => Promise<T>): Promise<T> {
  const g = gateOf(key);
  while (g.exclusive) await g.exclusive;
  g.active++;
  try {
    return await run();
  } finally {
    g.active--;
    if (g.active === 0) for (const wake of g.idle.splice(0)) wake();
  }
}

export async function exclusive<T>(key: object, run: () => Promise<T>): Promise<T> {
  const g = gateOf(key);
  while (g.exclusive) await g.exclusive;
  let release!: () => void;
  g.exclusive = new Promise<void>((resolve) => (release = resolve));
  try {
    if (g.active > 0) await new Promise<void>((resolve) => g.idle.push(resolve));
    return await run();
  } finally {
    g.exclusive = null;
    release();
  }
}
