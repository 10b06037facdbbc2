import type { AntwoordWaarde, Vraag } from './inventarisatie';

/**
 * Understanding answers the way people type them (in the app or in a returned Excel form) and
 * checking them against the question. What cannot be understood is reported, never guessed.
 */

const JA = new Set(['ja', 'j', 'yes', 'y', 'x', '✓', '✔', 'v', 'waar', 'true', '1']);
const NEE = new Set(['nee', 'n', 'no', 'niet', 'onwaar', 'false', '0', '-']);

const schoon = (t: string) => t.replace(/\s+/g, ' ').trim();
const sleutelVan = (t: string) => schoon(t).toLowerCase();

/** "ja", "Ja ", "JA", "x", "✓" → true; "nee", "N" → false; anything else → undefined. */
export function leesJaNee(waarde: unknown): boolean | undefined {
  if (typeof waarde === 'boolean') return waarde;
  if (typeof waarde === 'number') return waarde === 1 ? true : waarde === 0 ? false : undefined;
  if (typeof waarde !== 'string') return undefined;
  const t = sleutelVan(waarde);
  if (JA.has(t)) return true;
  if (NEE.has(t)) return false;
  return undefined;
}

/** "12", " 12 ", "12,5", "1.250" (thousands) → a number; otherwise undefined. */
export function leesGetal(waarde: unknown): number | undefined {
  if (typeof waarde === 'number') return Number.isFinite(waarde) ? waarde : undefined;
  if (typeof waarde !== 'string') return undefined;
  const t = schoon(waarde).replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^-?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return undefined;
}

/** The listed choice that matches the typed text (ignoring case and spaces), or undefined. */
export function leesKeuze(waarde: unknown, keuzes: readonly string[]): string | undefined {
  if (typeof waarde !== 'string' && typeof waarde !== 'number') return undefined;
  const t = sleutelVan(String(waarde));
  return keuzes.find((k) => sleutelVan(k) === t);
}

export type Gelezen = { waarde: AntwoordWaarde | null } | { fout: string };

/**
 * One answer from raw input. `ruw` is what the cell (or field) holds: text, number, boolean, or
 * for meerkeuze a list of ticked choices, for aanbod a list of [code, tick, places].
 * An empty answer gives `waarde: null`; whether that is allowed is `controleerVerplicht`'s call.
 */
export function leesAntwoord(vraag: Vraag, ruw: unknown): Gelezen {
  const leeg = ruw === null || ruw === undefined || (typeof ruw === 'string' && schoon(ruw) === '');
  switch (vraag.soort) {
    case 'open':
      if (leeg) return { waarde: null };
      if (typeof ruw !== 'string' && typeof ruw !== 'number') return { fout: 'Vul hier tekst in.' };
      return { waarde: { soort: 'open', tekst: String(ruw).trim() } };
    case 'janee': {
      if (leeg) return { waarde: null };
      const ja = leesJaNee(ruw);
      return ja === undefined
        ? { fout: `"${String(ruw)}" is geen ja of nee.` }
        : { waarde: { soort: 'janee', ja } };
    }
    case 'getal': {
      if (leeg) return { waarde: null };
      const getal = leesGetal(ruw);
      if (getal === undefined) return { fout: `"${String(ruw)}" is geen getal.` };
      if (getal < 0) return { fout: 'Een negatief getal kan hier niet.' };
      return { waarde: { soort: 'getal', getal } };
    }
    case 'enkelkeuze': {
      if (leeg) return { waarde: null };
      const keuze = leesKeuze(ruw, vraag.keuzes);
      return keuze === undefined
        ? { fout: `"${String(ruw)}" staat niet in de lijst (${vraag.keuzes.join(', ')}).` }
        : { waarde: { soort: 'enkelkeuze', keuze } };
    }
    case 'meerkeuze': {
      const lijst = Array.isArray(ruw) ? ruw : [];
      const keuzes: string[] = [];
      for (const k of lijst) {
        const keuze = leesKeuze(k, vraag.keuzes);
        if (keuze === undefined) return { fout: `"${String(k)}" staat niet in de lijst.` };
        if (!keuzes.includes(keuze)) keuzes.push(keuze);
      }
      return keuzes.length === 0 ? { waarde: null } : { waarde: { soort: 'meerkeuze', keuzes } };
    }
    case 'aanbod': {
      const rijen = Array.isArray(ruw) ? (ruw as [string, unknown, unknown][]) : [];
      const aanbod: { code: string; plaatsen: number | null }[] = [];
      for (const [code, vink, plaatsenRuw] of rijen) {
        const optie = vraag.opties.find((o) => o.code === code);
        if (!optie) return { fout: `Onbekende mogelijkheid "${code}".` };
        const leegVink =
          vink === null || vink === undefined || (typeof vink === 'string' && schoon(vink) === '');
        const aangevinkt = leegVink ? false : leesJaNee(vink);
        if (aangevinkt === undefined) return { fout: `${optie.naam}: "${String(vink)}" is geen ja of nee.` };
        const leegPlaatsen =
          plaatsenRuw === null ||
          plaatsenRuw === undefined ||
          (typeof plaatsenRuw === 'string' && schoon(plaatsenRuw) === '');
        const plaatsen = leegPlaatsen ? null : leesGetal(plaatsenRuw);
        if (plaatsen === undefined || (plaatsen !== null && (plaatsen < 0 || !Number.isInteger(plaatsen))))
          return { fout: `${optie.naam}: "${String(plaatsenRuw)}" is geen geheel aantal plaatsen.` };
        // A number of places without a tick still means the option is offered.
        if (aangevinkt || (plaatsen !== null && plaatsen > 0)) aanbod.push({ code, plaatsen });
      }
      return aanbod.length === 0 ? { waarde: null } : { waarde: { soort: 'aanbod', aanbod } };
    }
  }
}

/** Dutch message for a required question left empty, or null. */
export function controleerVerplicht(vraag: Vraag, waarde: AntwoordWaarde | null): string | null {
  return vraag.verplicht && waarde === null ? `"${vraag.tekst}" is verplicht.` : null;
}

/** An answer as plain Dutch text, for overviews and the results export. */
export function antwoordAlsTekst(vraag: Vraag, waarde: AntwoordWaarde | null): string {
  if (!waarde) return '';
  switch (waarde.soort) {
    case 'open':
      return waarde.tekst;
    case 'janee':
      return waarde.ja ? 'Ja' : 'Nee';
    case 'getal':
      return String(waarde.getal).replace('.', ',');
    case 'enkelkeuze':
      return waarde.keuze;
    case 'meerkeuze':
      return waarde.keuzes.join(', ');
    case 'aanbod':
      return waarde.aanbod
        .map((a) => {
          const naam = vraag.opties.find((o) => o.code === a.code)?.naam ?? a.code;
          return a.plaatsen === null ? naam : `${naam} (${a.plaatsen})`;
        })
        .join(', ');
  }
}

/** Whether a stored-shape answer fits its question; a Dutch message when it does not. */
export function controleerWaarde(vraag: Vraag, waarde: AntwoordWaarde): string | null {
  if (waarde.soort !== vraag.soort) return `Het antwoord op "${vraag.tekst}" past niet bij de vraag.`;
  switch (waarde.soort) {
    case 'enkelkeuze':
      return vraag.keuzes.includes(waarde.keuze) ? null : `"${waarde.keuze}" staat niet in de lijst.`;
    case 'meerkeuze': {
      const fout = waarde.keuzes.find((k) => !vraag.keuzes.includes(k));
      return fout === undefined ? null : `"${fout}" staat niet in de lijst.`;
    }
    case 'getal':
      return waarde.getal < 0 ? 'Een negatief getal kan hier niet.' : null;
    case 'aanbod': {
      const fout = waarde.aanbod.find((a) => !vraag.opties.some((o) => o.code === a.code));
      if (fout) return `Onbekende mogelijkheid "${fout.code}".`;
      if (new Set(waarde.aanbod.map((a) => a.code)).size !== waarde.aanbod.length)
        return 'Een mogelijkheid staat twee keer in het antwoord.';
      return null;
    }
    default:
      return null;
  }
}

/** Every question of a template, in order. */
export function alleVragen(secties: readonly { vragen: readonly Vraag[] }[]): Vraag[] {
  return secties.flatMap((s) => s.vragen);
}
