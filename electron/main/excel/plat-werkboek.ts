/**
 * A workbook as the parsing worker hands it over (xlsx-lezer.worker.mjs): plain data, no exceljs
 * objects. The readers walk it with the few calls they used on exceljs (rowCount, getRow, getCell,
 * eachRow), so reading a list or a form looks the same as before the parse moved to a worker.
 */

/** What exceljs saw in a cell besides its value: a formula, an error value, or neither. */
export type CelSoort = 'formule' | 'fout' | null;

/** One sheet as the worker sends it: rows of [column, value, kind], empty cells left out. */
export interface PlatBlad {
  naam: string;
  rijAantal: number;
  kolomAantal: number;
  rijen: [number, [number, unknown, CelSoort][]][];
}

export interface Cel {
  readonly value: unknown;
  readonly soort: CelSoort;
}

const LEEG: Cel = { value: null, soort: null };

export class Rij {
  constructor(private readonly cellen: ReadonlyMap<number, Cel>) {}

  getCell(kolom: number): Cel {
    return this.cellen.get(kolom) ?? LEEG;
  }

  /** The non-empty cells, left to right. */
  eachCell(doe: (cel: Cel, kolom: number) => void): void {
    for (const [kolom, cel] of this.cellen) doe(cel, kolom);
  }
}

const GEEN_RIJ = new Rij(new Map());

/** "B3" → row 3, column 2. */
function adres(tekst: string): { rij: number; kolom: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(tekst);
  if (!m) throw new Error(`Geen celadres: ${tekst}`);
  let kolom = 0;
  for (const letter of m[1] as string) kolom = kolom * 26 + letter.charCodeAt(0) - 64;
  return { rij: Number(m[2]), kolom };
}

export class Werkblad {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly rijen = new Map<number, Rij>();

  constructor(plat: PlatBlad) {
    this.name = plat.naam;
    this.rowCount = plat.rijAantal;
    this.columnCount = plat.kolomAantal;
    for (const [r, cellen] of plat.rijen)
      this.rijen.set(r, new Rij(new Map(cellen.map(([c, value, soort]) => [c, { value, soort }]))));
  }

  getRow(rij: number): Rij {
    return this.rijen.get(rij) ?? GEEN_RIJ;
  }

  /** A cell by row and column, or by its address ("B3"). */
  getCell(rijOfAdres: number | string, kolom = 1): Cel {
    if (typeof rijOfAdres === 'string') {
      const a = adres(rijOfAdres);
      return this.getRow(a.rij).getCell(a.kolom);
    }
    return this.getRow(rijOfAdres).getCell(kolom);
  }

  /** The rows holding a value, top to bottom. */
  eachRow(doe: (rij: Rij, nummer: number) => void): void {
    for (const [nummer, rij] of this.rijen) doe(rij, nummer);
  }
}

export class Werkboek {
  readonly worksheets: Werkblad[];

  constructor(bladen: PlatBlad[]) {
    this.worksheets = bladen.map((b) => new Werkblad(b));
  }

  getWorksheet(naam: string): Werkblad | undefined {
    return this.worksheets.find((b) => b.name === naam);
  }
}
