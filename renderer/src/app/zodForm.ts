import type { z } from 'zod';

/** Validates form values with the same zod schema main uses; returns Dutch messages per field. */
export function zodErrors<S extends z.ZodType>(schema: S, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** The messages without the one for `veld`: editing a field clears its message from the last attempt. */
export function zonderFout(fouten: Record<string, string>, veld: string): Record<string, string> {
  return veld in fouten ? Object.fromEntries(Object.entries(fouten).filter(([k]) => k !== veld)) : fouten;
}
