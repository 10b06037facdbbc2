import type { AntwoordWaarde, Vraag } from './inventarisatie';

/**
 * Understanding answers the way people type them (in the app or in a returned Excel form) and
 * checking them against the question. What cannot be understood is reported, never guessed.
 */

const JA = new Set(['ja', 'j', 'yes', 'y', 'x', '✓', '✔', 'v', 'waar', 'true', '1']);
const NEE = new Set(['nee', 'n', 'no', 'niet', 'onwaar', 'false', '0', '-']);
/** Words that, opening an answer, say yes or no: "Ja, zeker", "Nee, helaas niet", "Jazeker". */
const JA_WOORD = new Set(['ja', 'jazeker', 'jawel', 'zeker', 'yes', 'graag', 'absoluut']);
const NEE_WOORD = new Set(['nee', 'neen', 'no', 'helaas']);
/** Words that, later in the answer, contradict its first word: "Ja, maar niet nu", "Nee, ja". */
const TEGEN_JA = new Set(['nee', 'neen', 'no', 'niet', 'geen']);
const TEGEN_NEE = new Set(['ja', 'jazeker', 'jawel', 'yes']);

const schoon = (t: string) => t.replace(/\s+/g, ' ').trim();
const sleutelVan = (t: string) => schoon(t).toLowerCase();
/** Punctuation around an answer says nothing about it: "Ja.", "ja!", "(nee)", "'x'". */
const zonderLeestekens = (t: string) => t.replace(/^[\s.,;:!?'"()]+|[\s.,;:!?'"()]+$/g, '');

/**
 * "ja", "Ja.", "ja!", "JA", "x", "✓", "Ja, zeker" → true; "nee", "Nee.", "N", "Nee, helaas" → false;
 * anything else, and an answer that says both ("ja/nee", "Ja, maar niet nu") → undefined.
 */
export function leesJaNee(waarde: unknown): boolean | undefined {
  if (typeof waarde === 'boolean') return waarde;
  if (typeof waarde === 'number') return waarde === 1 ? true : waarde === 0 ? false : undefined;
  if (typeof waarde !== 'string') return undefined;
  const t = sleutelVan(waarde);
  if (JA.has(t)) return true;
  if (NEE.has(t)) return false;
  const kaal = zonderLeestekens(t);
  if (JA.has(kaal)) return true;
  if (NEE.has(kaal)) return false;
  const [eerste = '', ...rest] = kaal.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const ja = JA_WOORD.has(eerste) ? true : NEE_WOORD.has(eerste) ? false : undefined;
  if (ja === undefined) return undefined;
  const tegen = ja ? TEGEN_JA : TEGEN_NEE;
  return rest.some((w) => tegen.has(w)) ? undefined : ja;
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

/**
 * Something in an answer that could not be understood, and where: `deel` is the choice
 * (meerkeuze) or option code (aanbod) it concerns, `plaatsen` marks an aanbod option's places.
 */
export interface AntwoordFout {
  deel: string | null;
  plaatsen?: true;
  melding: string;
}

export type Gelezen = { waarde: AntwoordWaarde | null } | { fouten: AntwoordFout[] };

const isLeeg = (ruw: unknown) =>
  ruw === null || ruw === undefined || (typeof ruw === 'string' && schoon(ruw) === '');
const fout = (melding: string, deel: string | null = null): Gelezen => ({ fouten: [{ deel, melding }] });

/** A tick row of a returned form: the choice and what was typed next to it. */
interface Vink {
  keuze: string;
  vink: unknown;
}
const isVink = (x: unknown): x is Vink => typeof x === 'object' && x !== null && 'keuze' in x && 'vink' in x;

/**
 * One answer from raw input. `ruw` is what the cell (or field) holds: text, number, boolean, or
 * for meerkeuze a list of chosen choices (or of tick rows from a form), for aanbod a list of
 * [code, tick, places]. Every problem in the answer is reported, not only the first.
 * An empty answer gives `waarde: null`; whether that is allowed is `controleerVerplicht`'s call.
 */
export function leesAntwoord(vraag: Vraag, ruw: unknown): Gelezen {
  const leeg = isLeeg(ruw);
  switch (vraag.soort) {
    case 'open':
      if (leeg) return { waarde: null };
      if (typeof ruw !== 'string' && typeof ruw !== 'number') return fout('Vul hier tekst in.');
      return { waarde: { soort: 'open', tekst: String(ruw).trim() } };
    case 'janee': {
      if (leeg) return { waarde: null };
      const ja = leesJaNee(ruw);
      return ja === undefined
        ? fout(`"${String(ruw)}" is geen ja of nee.`)
        : { waarde: { soort: 'janee', ja } };
    }
    case 'getal': {
      if (leeg) return { waarde: null };
      const getal = leesGetal(ruw);
      if (getal === undefined) return fout(`"${String(ruw)}" is geen getal.`);
      if (getal < 0) return fout('Een negatief getal kan hier niet.');
      return { waarde: { soort: 'getal', getal } };
    }
    case 'enkelkeuze': {
      if (leeg) return { waarde: null };
      const keuze = leesKeuze(ruw, vraag.keuzes);
      return keuze === undefined
        ? fout(`"${String(ruw)}" staat niet in de lijst (${vraag.keuzes.join(', ')}).`)
        : { waarde: { soort: 'enkelkeuze', keuze } };
    }
    case 'meerkeuze':
      return leesMeerkeuze(vraag, Array.isArray(ruw) ? ruw : []);
    case 'aanbod':
      return leesAanbod(vraag, Array.isArray(ruw) ? (ruw as [string, unknown, unknown][]) : []);
  }
}

function leesMeerkeuze(vraag: Vraag, lijst: unknown[]): Gelezen {
  const keuzes: string[] = [];
  const fouten: AntwoordFout[] = [];
  for (const k of lijst) {
    if (isVink(k)) {
      if (isLeeg(k.vink)) continue;
      const ja = leesJaNee(k.vink);
      if (ja === undefined)
        fouten.push({ deel: k.keuze, melding: `"${String(k.vink)}" bij "${k.keuze}" is geen x of ja.` });
      if (!ja) continue;
    }
    const keuze = leesKeuze(isVink(k) ? k.keuze : k, vraag.keuzes);
    if (keuze === undefined) fouten.push({ deel: null, melding: `"${String(k)}" staat niet in de lijst.` });
    else if (!keuzes.includes(keuze)) keuzes.push(keuze);
  }
  if (fouten.length > 0) return { fouten };
  return keuzes.length === 0 ? { waarde: null } : { waarde: { soort: 'meerkeuze', keuzes } };
}

function leesAanbod(vraag: Vraag, rijen: [string, unknown, unknown][]): Gelezen {
  const aanbod: { code: string; plaatsen: number | null }[] = [];
  const fouten: AntwoordFout[] = [];
  for (const [code, vink, plaatsenRuw] of rijen) {
    const optie = vraag.opties.find((o) => o.code === code);
    if (!optie) {
      fouten.push({ deel: null, melding: `Onbekende mogelijkheid "${code}".` });
      continue;
    }
    const aangevinkt = isLeeg(vink) ? null : leesJaNee(vink);
    if (aangevinkt === undefined)
      fouten.push({ deel: code, melding: `${optie.naam}: "${String(vink)}" is geen ja of nee.` });
    const plaatsen = isLeeg(plaatsenRuw) ? null : leesGetal(plaatsenRuw);
    if (plaatsen === undefined || (plaatsen !== null && (plaatsen < 0 || !Number.isInteger(plaatsen))))
      fouten.push({
        deel: code,
        plaatsen: true,
        melding: `${optie.naam}: "${String(plaatsenRuw)}" is geen geheel aantal plaatsen.`,
      });
    else if (aangevinkt === false && plaatsen !== null && plaatsen > 0)
      // "nee" next to a number of places contradicts itself: asked, never stored as an offer.
      fouten.push({
        deel: code,
        melding:
          `${optie.naam}: hier staat "${String(vink).trim()}" maar ook ${plaatsen} plaatsen. ` +
          'Kies ja als u dit kunt bieden, of maak het aantal plaatsen leeg.',
      });
    if (aangevinkt === undefined || plaatsen === undefined) continue;
    // A number of places without a tick still means the option is offered.
    if (aangevinkt || (plaatsen !== null && plaatsen > 0)) aanbod.push({ code, plaatsen });
  }
  if (fouten.length > 0) return { fouten };
  return aanbod.length === 0 ? { waarde: null } : { waarde: { soort: 'aanbod', aanbod } };
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
