import { z } from 'zod';

/** A name as it will be listed: ideographic spaces as spaces, trimmed. */
export function listName(raw: string): string {
  return raw.replace(/\u3000/g, ' ').trim();
}

/**
 * The one field of a list's add form (`name`): something typed, not already
 * in the list; the message under the field names the list's kind (职级, 单位属性).
 */
export function listAddSchema(nameLabel: string, names: readonly string[]) {
  return z.object({
    name: z
      .string()
      .transform(listName)
      .refine((name) => name !== '', `请填写${nameLabel}名称`)
      .refine((name) => !names.includes(name), { error: (issue) => `列表中已有“${String(issue.input)}”` }),
  });
}
