/**
 * Lenient parsing: a bad setting must never cost the clinic its other settings, nor the
 * person their page. Walks a zod/mini schema alongside the value; anything that fails is
 * dropped on its own, with one warning naming the setting and what was expected.
 */
import type * as z from 'zod/mini';

type Schema = z.ZodMiniType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
}

// zod keeps a schema's definition on _zod.def; reading it is how the walker finds the parts.
const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** A value as a warning quotes it: short, and never an object dump. */
export function shown(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

function unwrap(schema: Schema): Schema {
  const def = defOf(schema);
  return def.type === 'optional' && def.innerType ? unwrap(def.innerType) : schema;
}

function firstMessage(error: z.core.$ZodError, path: string): string {
  const issue = error.issues[0];
  if (!issue) return `${path}: invalid`;
  const where = issue.path.reduce<string>((p, key) => join(p, key as string | number), path);
  return `${where || 'settings'}: ${issue.message}`;
}

/**
 * Returns the valid part of `value` (undefined when nothing of it is usable), pushing one
 * warning per dropped piece. Unknown keys of objects are warned about and ignored.
 */
export function lenientParse(schema: Schema, value: unknown, path: string, warnings: string[]): unknown {
  const inner = unwrap(schema);
  const whole = inner.safeParse(value);
  if (whole.success) return whole.data;
  const def = defOf(inner);

  if (def.type === 'object' && def.shape && isPlainObject(value)) {
    const kept: Record<string, unknown> = {};
    const dropped = new Map<string, number>(); // key -> index of its warning
    for (const [key, item] of Object.entries(value)) {
      const field = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined; // never Object's own "constructor"
      if (!field) {
        warnings.push(`${join(path, key)}: not a setting Pathways knows; ignored (known: ${Object.keys(def.shape).join(', ')})`);
      } else if (item !== undefined) {
        const before = warnings.length;
        const parsed = lenientParse(field, item, join(path, key), warnings);
        if (parsed !== undefined) kept[key] = parsed;
        else if (warnings.length > before) dropped.set(key, warnings.length - 1);
      }
    }
    const result = inner.safeParse(kept);
    if (result.success) return result.data;
    // A required part was bad: its warning already says why, and now says what else went with it.
    const index = dropped.get(String(result.error.issues[0]?.path[0]));
    if (index !== undefined) {
      warnings[index] += `; so ${path || 'settings'} is ignored`;
      return undefined;
    }
    return settle(inner, kept, path, warnings);
  }

  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const kept = value
      .map((item, i) => lenientParse(def.element!, item, join(path, i), warnings))
      .filter((item) => item !== undefined);
    return settle(inner, kept, path, warnings);
  }

  const issue = whole.error.issues[0];
  const rest = issue && issue.path.length === 0 ? issue.message : firstMessage(whole.error, path);
  warnings.push(`${path || 'settings'}: ${shown(value)} ignored; ${rest}`);
  return undefined;
}

/** After dropping bad parts, what is left must still be valid as a whole (e.g. a contact line needs its name). */
function settle(schema: Schema, kept: unknown, path: string, warnings: string[]): unknown {
  const result = schema.safeParse(kept);
  if (result.success) return result.data;
  warnings.push(`${firstMessage(result.error, path)}; ${path || 'settings'} ignored`);
  return undefined;
}
