/**
 * Problems in a returned form, in the order the secretary reads the sheet: top to bottom, then
 * left to right (B25, B26, B31 — not the order the checks happened to find them).
 */

/** Row and column of an address such as "B26", or the first cell of a range "B20:C31". */
export function celPositie(adres: string): { rij: number; kolom: number } | null {
  const m = /^([A-Z]{1,3})(\d+)/.exec(adres.trim().toUpperCase());
  if (!m) return null;
  const kolom = [...(m[1] as string)].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return { rij: Number(m[2]), kolom };
}

/**
 * Sorted by cell (row, then column); problems about the form as a whole (no cell) first. Stable:
 * two problems in one cell keep their order.
 */
export function sorteerOpCel<T extends { cel: string | null }>(problemen: readonly T[]): T[] {
  const sleutel = (p: T) => {
    const pos = p.cel === null ? null : celPositie(p.cel);
    return pos === null ? [p.cel === null ? -1 : Number.MAX_SAFE_INTEGER, 0] : [pos.rij, pos.kolom];
  };
  return [...problemen].sort((a, b) => {
    const [ra = 0, ka = 0] = sleutel(a);
    const [rb = 0, kb = 0] = sleutel(b);
    return ra - rb || ka - kb;
  });
}
