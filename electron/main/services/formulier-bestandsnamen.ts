import { zonderVerbodenTekens } from './session';

/**
 * File names for the forms of one round, "<ronde> - <organisatie>", all distinct. A name is kept
 * to about 80 characters, and the organisation is what tells the files apart: a long round name
 * is shortened first, and a long organisation name loses its middle rather than its end
 * ("Stichting Zorggroep … locatie Goes"), since names that share a long start usually differ at
 * the end. Whatever still collides (the same name twice, or a difference only in the elided part)
 * gets " (2)", " (3)"…, compared without regard to case, as Windows and macOS do.
 */

const MAX = 80;
const SCHEIDING = ' - ';
/** The round keeps at least this much of its name when the organisation's name is long. */
const MIN_RONDE = 20;

/** The start of `tekst` in at most `lengte` characters, "…" marking the cut. */
function kortEind(tekst: string, lengte: number): string {
  return tekst.length <= lengte ? tekst : `${tekst.slice(0, lengte - 1).trimEnd()}…`;
}

/** `tekst` in at most `lengte` characters, its start and end kept and "…" for the middle. */
function kortMidden(tekst: string, lengte: number): string {
  if (tekst.length <= lengte) return tekst;
  const eind = Math.floor((lengte - 1) / 2);
  const begin = lengte - 1 - eind;
  return `${tekst.slice(0, begin).trimEnd()}…${tekst.slice(tekst.length - eind).trimStart()}`;
}

/** The base name (without ".xlsx") of each organisation's form, in the same order, all distinct. */
export function formulierBestandsnamen(ronde: string, organisaties: readonly string[]): string[] {
  const rondeNaam = zonderVerbodenTekens(ronde) || 'Inventarisatie';
  const gebruikt = new Set<string>();
  return organisaties.map((organisatie) => {
    const orgNaam = zonderVerbodenTekens(organisatie) || 'Organisatie';
    const rondeRuimte = Math.max(MIN_RONDE, MAX - SCHEIDING.length - orgNaam.length);
    const rondeDeel = kortEind(rondeNaam, rondeRuimte);
    const orgDeel = kortMidden(orgNaam, MAX - SCHEIDING.length - rondeDeel.length);
    const basis = `${rondeDeel}${SCHEIDING}${orgDeel}`;
    let naam = basis;
    for (let i = 2; gebruikt.has(naam.toLowerCase()); i++) naam = `${basis} (${i})`;
    gebruikt.add(naam.toLowerCase());
    return naam;
  });
}
