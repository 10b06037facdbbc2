import { z } from 'zod';
import { MAX_GESLEEPT_TOTAAL, MAX_GESLEEPTE_BESTANDEN, MAX_IMPORT_BYTES } from '../domain/import';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const STUURTEKENS = /[\u0000-\u001f\u007f]/g;

/**
 * The files dropped on the window, as bytes (the sandboxed page never sees a path). The name is
 * only shown in messages and the preview title: any folder part and control characters are cut.
 */
export const gesleeptInvoer = z
  .object({
    bestanden: z
      .array(
        z
          .object({
            naam: z
              .string()
              .max(255, { error: 'De naam van het bestand is te lang.' })
              .transform((n) => (n.split(/[\\/]/).pop() ?? '').replace(STUURTEKENS, '').trim() || 'bestand'),
            bytes: z
              .instanceof(Uint8Array, { error: 'De inhoud van het bestand ontbreekt.' })
              .refine((b) => b.byteLength <= MAX_IMPORT_BYTES, {
                error: 'Dit bestand is te groot om in te lezen (meer dan 20 MB).',
              }),
          })
          .strict(),
      )
      .min(1, { error: 'Er is geen bestand neergezet.' })
      .max(MAX_GESLEEPTE_BESTANDEN, {
        error: `Zet hoogstens ${MAX_GESLEEPTE_BESTANDEN} bestanden tegelijk neer.`,
      })
      .refine((l) => l.reduce((n, b) => n + b.bytes.byteLength, 0) <= MAX_GESLEEPT_TOTAAL, {
        error: 'Deze bestanden zijn samen te groot om in één keer in te lezen (meer dan 50 MB).',
      }),
  })
  .strict();
