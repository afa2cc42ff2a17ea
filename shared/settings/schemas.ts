import { z } from 'zod';

/** The 设置 feature's schemas: the editable lists and what the desk says about itself. */

export const rankSchema = z.object({ name: z.string().min(1).max(100), takesPart: z.boolean() });
export type Rank = z.infer<typeof rankSchema>;
export const listsSchema = z.object({ ranks: z.array(rankSchema), unitAttributes: z.array(z.string()) });
export type Lists = z.infer<typeof listsSchema>;
export const deskInfoSchema = z.object({
  appName: z.string(),
  version: z.string(),
  /** Where the database lives, for the 设置 screen and support calls. */
  databaseFile: z.string(),
  schemaVersion: z.string(),
  /** 'electron' in the desktop window, 'browser' in browser mode, 'cli' in scripts. */
  mode: z.enum(['electron', 'browser', 'cli']),
  unitCount: z.number().int(),
  staffCount: z.number().int(),
  /**
   * The desk's today (YYYY-MM-DD, local): the day of the planning date
   * (设置 → 计划日期) when one is set, else the clock's day. Its year is the
   * working year the screens open on, as the 待办事项 and booking rules see it.
   */
  today: z.string(),
  /**
   * The clock's day, whatever the planning date: the latest day a thing that
   * has happened (a transfer, a step of an exemption) can be dated, as the
   * desk checks it.
   */
  clockToday: z.string(),
});
export type DeskInfo = z.infer<typeof deskInfoSchema>;
