/**
 * Charts for the FO-pakket as PNG images. Drawn as SVG here (bars and lines are simple) and
 * rendered by resvg (png.ts) with the bundled DejaVu Sans, so the command line makes the same images
 * as the app without a browser. Every label is user text, so it is XML-escaped.
 */

export interface Reeks {
  naam: string;
  kleur: string;
}

export interface Categorie {
  label: string;
  waarden: number[];
  /**
   * Left out of the scale, e.g. the sum of hundreds of small items next to single ones: a longer
   * bar is cut at the full width with a break mark, and its value is written as usual.
   */
  buitenSchaal?: boolean;
}

const BREEDTE = 720;
const LABEL_BREEDTE = 230;
const RAND = 16;
const LETTER = 'font-family="DejaVu Sans, Arial, Helvetica, sans-serif"';

export const escapeXml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const inkort = (t: string, max: number) => (t.length > max ? `${t.slice(0, max - 1)}…` : t);

function tekst(x: number, y: number, t: string, opties = ''): string {
  const grootte = opties.includes('font-size') ? '' : 'font-size="12"';
  return `<text x="${x}" y="${y}" ${LETTER} ${grootte} fill="#222" ${opties}>${escapeXml(t)}</text>`;
}

function legenda(reeksen: readonly Reeks[], y: number): string {
  return reeksen
    .map(
      (r, i) =>
        `<rect x="${RAND + i * 200}" y="${y - 10}" width="12" height="12" fill="${r.kleur}"/>${tekst(RAND + i * 200 + 18, y, r.naam)}`,
    )
    .join('');
}

/** Two white slashes across a bar: it is longer than drawn. */
function breuk(x: number, y: number, h: number): string {
  const streep = (dx: number) =>
    `<line x1="${x + dx}" y1="${y + h + 1}" x2="${x + dx + 6}" y2="${y - 1}" stroke="#ffffff" stroke-width="2.5"/>`;
  return streep(0) + streep(6);
}

/** Horizontal bars, one group per category and one bar per series; the value is written at the end. */
export function staafdiagramSvg(o: {
  titel: string;
  /** A line under the title, e.g. that the chart shows only the largest items. */
  ondertitel?: string;
  reeksen: Reeks[];
  categorieen: Categorie[];
  /** A bar's label; `categorie` is its row, for labels that carry more than the value. */
  formatteer: (n: number, categorie: number) => string;
}): string {
  const staaf = 16;
  const groep = o.reeksen.length * staaf + 12;
  const extra = o.ondertitel ? 18 : 0;
  const top = 56 + extra;
  const hoogte = top + Math.max(1, o.categorieen.length) * groep + RAND;
  const geschaald = o.categorieen.filter((c) => !c.buitenSchaal);
  const max = Math.max(1, ...(geschaald.length ? geschaald : o.categorieen).flatMap((c) => c.waarden));
  const ruimte = BREEDTE - LABEL_BREEDTE - RAND - 90;
  const delen = o.categorieen.map((c, i) => {
    const y = top + i * groep;
    const staven = c.waarden.map((w, j) => {
      const lengte = Math.round((Math.min(w, max) / max) * ruimte);
      const r = o.reeksen[j] as Reeks;
      const y0 = y + j * staaf;
      return (
        `<rect x="${LABEL_BREEDTE}" y="${y0}" width="${lengte}" height="${staaf - 3}" fill="${r.kleur}"/>` +
        (w > max ? breuk(LABEL_BREEDTE + lengte - 28, y0, staaf - 3) : '') +
        tekst(LABEL_BREEDTE + lengte + 6, y0 + 11, o.formatteer(w, i))
      );
    });
    return tekst(LABEL_BREEDTE - 8, y + 12, inkort(c.label, 34), 'text-anchor="end"') + staven.join('');
  });
  const leeg = o.categorieen.length === 0 ? tekst(RAND, top + 14, 'Geen gegevens in deze periode.') : '';
  const onder = o.ondertitel ? tekst(RAND, 42, o.ondertitel, 'font-size="11" font-style="italic"') : '';
  return svg(hoogte, o.titel, onder + legenda(o.reeksen, 44 + extra) + delen.join('') + leeg);
}

/** Lines over months, with the values of the last month written at the end. */
export function lijndiagramSvg(o: { titel: string; reeksen: Reeks[]; punten: Categorie[] }): string {
  const hoogte = 300;
  const links = 48;
  const rechts = BREEDTE - RAND - 40;
  const top = 60;
  const onder = hoogte - 36;
  const max = Math.max(1, ...o.punten.flatMap((p) => p.waarden));
  const stap = o.punten.length > 1 ? (rechts - links) / (o.punten.length - 1) : 0;
  const x = (i: number) => links + i * stap;
  const y = (w: number) => onder - (w / max) * (onder - top);
  const as =
    `<line x1="${links}" y1="${onder}" x2="${rechts}" y2="${onder}" stroke="#888"/>` +
    `<line x1="${links}" y1="${top}" x2="${links}" y2="${onder}" stroke="#888"/>` +
    tekst(links - 6, top + 4, String(max), 'text-anchor="end"') +
    tekst(links - 6, onder + 4, '0', 'text-anchor="end"');
  const elke = Math.max(1, Math.ceil(o.punten.length / 12));
  const labels = o.punten
    .map((p, i) =>
      i % elke === 0 ? tekst(x(i), onder + 18, p.label, 'text-anchor="middle" font-size="11"') : '',
    )
    .join('');
  const lijnen = o.reeksen
    .map((r, j) => {
      const punten = o.punten
        .map((p, i) => `${x(i).toFixed(1)},${y(p.waarden[j] ?? 0).toFixed(1)}`)
        .join(' ');
      return `<polyline points="${punten}" fill="none" stroke="${r.kleur}" stroke-width="3"/>`;
    })
    .join('');
  return svg(hoogte, o.titel, legenda(o.reeksen, 44) + as + labels + lijnen);
}

function svg(hoogte: number, titel: string, inhoud: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${BREEDTE}" height="${hoogte}" viewBox="0 0 ${BREEDTE} ${hoogte}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    tekst(RAND, 24, titel, 'font-size="16" font-weight="bold"') +
    inhoud +
    '</svg>'
  );
}
