import type { AntwoordWaarde, Vraag } from '../../../../shared/domain/inventarisatie';

/**
 * What a form field holds while someone types, per kind of question, and the conversion to and
 * from the stored answer. Kept apart from the fields so the rules can be read (and tested) in one place.
 */
export type Invoer =
  | { soort: 'open'; tekst: string }
  | { soort: 'janee'; keuze: 'ja' | 'nee' | '' }
  | { soort: 'getal'; getal: number | string }
  | { soort: 'enkelkeuze'; keuze: string | null }
  | { soort: 'meerkeuze'; keuzes: string[] }
  | { soort: 'aanbod'; rijen: Record<string, { aangeboden: boolean; plaatsen: number | string }> };

/** The field value for a question, starting from the stored answer (or empty). */
export function naarInvoer(vraag: Vraag, waarde: AntwoordWaarde | undefined): Invoer {
  switch (vraag.soort) {
    case 'open':
      return { soort: 'open', tekst: waarde?.soort === 'open' ? waarde.tekst : '' };
    case 'janee':
      return { soort: 'janee', keuze: waarde?.soort === 'janee' ? (waarde.ja ? 'ja' : 'nee') : '' };
    case 'getal':
      return { soort: 'getal', getal: waarde?.soort === 'getal' ? waarde.getal : '' };
    case 'enkelkeuze':
      return { soort: 'enkelkeuze', keuze: waarde?.soort === 'enkelkeuze' ? waarde.keuze : null };
    case 'meerkeuze':
      return { soort: 'meerkeuze', keuzes: waarde?.soort === 'meerkeuze' ? waarde.keuzes : [] };
    case 'aanbod': {
      const gegeven = waarde?.soort === 'aanbod' ? waarde.aanbod : [];
      return {
        soort: 'aanbod',
        rijen: Object.fromEntries(
          vraag.opties.map((o) => {
            const a = gegeven.find((g) => g.code === o.code);
            return [o.code, { aangeboden: a !== undefined, plaatsen: a?.plaatsen ?? '' }];
          }),
        ),
      };
    }
  }
}

/** The answer to store (null = not answered), or a Dutch message for what cannot be stored. */
export function uitInvoer(
  vraag: Vraag,
  invoer: Invoer,
): { waarde: AntwoordWaarde | null } | { fout: string } {
  const gelezen = lees(vraag, invoer);
  if ('fout' in gelezen) return gelezen;
  if (vraag.verplicht && gelezen.waarde === null) return { fout: 'Deze vraag is verplicht.' };
  return gelezen;
}

function lees(vraag: Vraag, invoer: Invoer): { waarde: AntwoordWaarde | null } | { fout: string } {
  switch (invoer.soort) {
    case 'open': {
      const tekst = invoer.tekst.trim();
      return { waarde: tekst ? { soort: 'open', tekst } : null };
    }
    case 'janee':
      return { waarde: invoer.keuze === '' ? null : { soort: 'janee', ja: invoer.keuze === 'ja' } };
    case 'getal':
      if (invoer.getal === '') return { waarde: null };
      if (typeof invoer.getal !== 'number') return { fout: 'Vul een getal in.' };
      if (invoer.getal < 0) return { fout: 'Een negatief getal kan hier niet.' };
      return { waarde: { soort: 'getal', getal: invoer.getal } };
    case 'enkelkeuze':
      return { waarde: invoer.keuze ? { soort: 'enkelkeuze', keuze: invoer.keuze } : null };
    case 'meerkeuze':
      return { waarde: invoer.keuzes.length ? { soort: 'meerkeuze', keuzes: invoer.keuzes } : null };
    case 'aanbod': {
      const aanbod: { code: string; plaatsen: number | null }[] = [];
      for (const optie of vraag.opties) {
        const rij = invoer.rijen[optie.code];
        if (!rij) continue;
        const plaatsen = rij.plaatsen === '' ? null : Number(rij.plaatsen);
        if (plaatsen !== null && (!Number.isInteger(plaatsen) || plaatsen < 0))
          return { fout: `${optie.naam}: het aantal plaatsen is een heel getal van 0 of meer.` };
        // Places typed without the tick still mean the option is offered, as on the Excel form.
        if (rij.aangeboden || (plaatsen !== null && plaatsen > 0))
          aanbod.push({ code: optie.code, plaatsen });
      }
      return { waarde: aanbod.length ? { soort: 'aanbod', aanbod } : null };
    }
  }
}
