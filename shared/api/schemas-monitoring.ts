import { z } from 'zod';
import { LES_SOORTEN } from '../domain/monitoring';
import { bedrag, id, isoDatum, optioneleTekst, tekst } from './velden';

/** Input schemas for the dashboard, the lessons log, evaluations and the FO-pakket. */

const periode = { van: isoDatum('Het begin van de periode'), tot: isoDatum('Het einde van de periode') };
const eindNaBegin = { error: 'Het einde van de periode ligt voor het begin.', path: ['tot'] };

export const dashboardInvoer = z
  .object({ ...periode, groepId: id('groep').nullable() })
  .strict()
  .refine((p) => p.tot >= p.van, eindNaBegin);

export const lesInvoer = z
  .object({
    id: id('les').optional(),
    groepId: id('groep').nullable(),
    soort: z.enum(LES_SOORTEN, { error: 'Kies wat voor les het is.' }),
    datum: isoDatum('De datum'),
    tekst: tekst('De les', 2000),
  })
  .strict();
export const lesId = z.object({ id: id('les') }).strict();

export const evaluatieMaken = z
  .object({ titel: tekst('De titel', 160), ...periode, groepId: id('groep').nullable() })
  .strict()
  .refine((p) => p.tot >= p.van, eindNaBegin);

export const evaluatieTekst = z
  .object({
    id: id('evaluatie'),
    titel: tekst('De titel', 160),
    conclusies: optioneleTekst('De conclusies', 10_000),
    voorstellen: optioneleTekst('De voorstellen', 10_000),
  })
  .strict();
export const evaluatieId = z.object({ id: id('evaluatie') }).strict();

export const bedragPerMaandInvoer = z
  .object({ uitkeringPerMaandCent: bedrag('Het bedrag per maand') })
  .strict()
  .refine((b) => b.uitkeringPerMaandCent <= 10_000_00, {
    error: 'Meer dan € 10.000 uitkering per maand is onwaarschijnlijk.',
    path: ['uitkeringPerMaandCent'],
  });

export const foPakketInvoer = z.object({ evaluatieId: id('evaluatie') }).strict();
export const taakId = z.object({ taak: z.uuid({ error: 'Onbekende taak.' }) }).strict();

export type LesInvoer = z.infer<typeof lesInvoer>;
