import { z } from 'zod';
import { SECTOREN } from '../domain/aanbestedingen';
import { bedrag, id, isoDatum, optioneleTekst, percentage, tekst } from './velden';

/** Input schemas for the capacity board and the procurement calendar. */

const periode = {
  van: isoDatum('Het begin van de periode'),
  tot: isoDatum('Het einde van de periode'),
};
const eindNaBegin = { error: 'Het einde van de periode ligt voor het begin.', path: ['tot'] };

export const capaciteitPeriode = z
  .object(periode)
  .strict()
  .refine((p) => p.tot >= p.van, eindNaBegin);

export const aanbodInvoer = z
  .object({
    organisatieId: id('organisatie'),
    menukaartOptieId: id('menukaartoptie'),
    /** null removes the offer. */
    plaatsen: z
      .number({ error: 'Het aantal plaatsen moet een getal zijn.' })
      .int({ error: 'Het aantal plaatsen is een heel getal.' })
      .min(0, { error: 'Het aantal plaatsen kan niet negatief zijn.' })
      .max(10_000, { error: 'Meer dan 10.000 plaatsen is onwaarschijnlijk.' })
      .nullable(),
  })
  .strict();

export const aanbodOvernemen = z.object({ rondeId: id('ronde') }).strict();

export const stapVoorstel = z
  .object({ stapId: id('stap'), ...periode })
  .strict()
  .refine((p) => p.tot >= p.van, eindNaBegin);

export const stapToewijzen = z.object({ stapId: id('stap'), organisatieId: id('organisatie') }).strict();

/** Undo of an assignment: the step goes back to the organisation it had (null: none). */
export const toewijzingTerugzetten = z
  .object({
    stapId: id('stap'),
    organisatieId: id('organisatie'),
    vorigeOrganisatieId: id('organisatie').nullable(),
  })
  .strict();

const plaatsenGetal = z.number().int().min(0).max(10_000);

/** Undo of a takeover from a round: each changed offer back to what it was (null: removed). */
export const overnameTerugzetten = z
  .object({
    aanbod: z
      .array(
        z
          .object({
            organisatieId: id('organisatie'),
            menukaartOptieId: id('menukaartoptie'),
            plaatsen: plaatsenGetal,
            was: z
              .object({ plaatsen: plaatsenGetal, bron: z.enum(['inventarisatie', 'handmatig']) })
              .strict()
              .nullable(),
          })
          .strict(),
      )
      .min(1)
      .max(20_000),
  })
  .strict();

export const aanbestedingInvoer = z
  .object({
    id: id('aanbesteding').optional(),
    naam: tekst('Naam van de aanbesteding', 160),
    sector: z.enum(SECTOREN, { error: 'Kies een sector uit de lijst.' }),
    gemeenteIds: z
      .array(id('gemeente'))
      .min(1, { error: 'Kies minstens één gemeente als opdrachtgever.' })
      .max(50)
      .refine((g) => new Set(g).size === g.length, { error: 'Een gemeente staat twee keer in de lijst.' }),
    verwachteStart: isoDatum('De verwachte start'),
    waardeCent: bedrag('De verwachte waarde'),
    sroiPercentageBp: percentage('Het SROI-percentage'),
    toelichting: optioneleTekst('De toelichting', 500),
  })
  .strict();

export const aanbestedingGunnen = z
  .object({
    id: id('aanbesteding'),
    opdrachtnemerId: id('opdrachtnemer'),
    startdatum: isoDatum('De startdatum'),
    einddatum: isoDatum('De einddatum'),
  })
  .strict()
  .refine((g) => g.einddatum >= g.startdatum, {
    error: 'De einddatum ligt voor de startdatum.',
    path: ['einddatum'],
  });

export const aanbestedingId = z.object({ id: id('aanbesteding') }).strict();

export type AanbestedingInvoer = z.infer<typeof aanbestedingInvoer>;
