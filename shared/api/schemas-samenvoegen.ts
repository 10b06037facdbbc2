import { z } from 'zod';

const token = z
  .string()
  .regex(/^[0-9a-f]{32}$/, { error: 'Deze samenvoeging is verlopen; kies de kopie opnieuw.' });

export const samenvoegToken = z.object({ token }).strict();

/** The user's choice per conflict (its key → the option's index); unlisted conflicts take the proposal. */
export const samenvoegToepassen = z
  .object({
    token,
    keuzes: z
      .record(z.string().min(1).max(500), z.number().int().min(0).max(99))
      .refine((k) => Object.keys(k).length <= 100_000, { error: 'Te veel keuzes.' }),
  })
  .strict();
