import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Contract } from '../../shared/domain/contracten';
import { metCapaciteit, type SroiRealisatieBedrag, verdeelSroi } from '../../shared/domain/sroi-overzicht';

// The SROI overview's arithmetic without a database (shared/domain/sroi-overzicht.ts).

const contract = (
  c: Partial<Contract> & Pick<Contract, 'id' | 'opdrachtnemerId' | 'opdrachtgevers'>,
): Contract => ({
  naam: c.id,
  opdrachtnemer: `Aanbieder ${c.opdrachtnemerId}`,
  startdatum: '2026-01-01',
  einddatum: '2026-12-31',
  waardeCent: 1_000_000_00,
  sroiPercentageBp: 500,
  sroiVastCent: null,
  loonaandeelBp: null,
  gebundeld: false,
  verplichtingCent: 0,
  percentageOnredelijk: false,
  ...c,
});
const gemeente = (id: string, aandeelCent: number | null = null) => ({
  gemeenteId: id,
  gemeente: id,
  aandeelCent,
});

describe('verdeelSroi and metCapaciteit (worked examples)', () => {
  test('an obligation follows the shares; a realisation follows its contract, else its provider', () => {
    const contracten = [
      contract({
        id: 'c1',
        opdrachtnemerId: 'a',
        opdrachtgevers: [gemeente('Goes', 3), gemeente('Kapelle', 1)],
      }),
      contract({
        id: 'c2',
        opdrachtnemerId: 'b',
        opdrachtgevers: [gemeente('Tholen')],
        einddatum: '2026-06-30',
      }),
    ];
    const realisaties: SroiRealisatieBedrag[] = [
      { opdrachtnemerId: 'a', opdrachtnemer: 'Aanbieder a', contractId: 'c1', waardeCent: 400_00 },
      { opdrachtnemerId: 'a', opdrachtnemer: 'Aanbieder a', contractId: null, waardeCent: 100_00 },
      { opdrachtnemerId: 'z', opdrachtnemer: 'Zonder contract', contractId: null, waardeCent: 50_00 },
    ];
    const v = verdeelSroi(contracten, realisaties, '2026-01-01', '2026-12-31');
    const o = metCapaciteit(v, [
      { id: 'a', jaaromzetCent: 300, fte: null },
      { id: 'b', jaaromzetCent: 100, fte: 4 },
      { id: 'z', jaaromzetCent: null, fte: 1 },
    ]);
    // 5 % of one million euro each, whole year.
    expect(o.totaalCent).toBe(2 * 50_000_00);
    const gem = Object.fromEntries(o.perGemeente.map((r) => [r.naam, r]));
    expect(gem.Goes?.verplichtingCent).toBe(37_500_00);
    expect(gem.Kapelle?.verplichtingCent).toBe(12_500_00);
    expect(gem.Tholen?.verplichtingCent).toBe(50_000_00);
    // 400 by contract 3:1, 100 by the provider's obligation 3:1; the provider without a contract is counted per provider only.
    expect(gem.Goes?.gerealiseerdCent).toBe(375_00);
    expect(gem.Kapelle?.gerealiseerdCent).toBe(125_00);
    expect(o.nietToegerekendCent).toBe(50_00);
    expect(o.gerealiseerdCent).toBe(550_00);
    expect(o.perOpdrachtnemer.map((r) => r.naam)).toEqual(['Aanbieder a', 'Aanbieder b', 'Zonder contract']);
    expect(o.perOpdrachtnemer[0]?.aandeelInspanning).toBeCloseTo(500 / 550);
    // Turnover is known for some providers, so it is the measure; unknown stays unknown.
    expect(o.capaciteitsmaat).toBe('jaaromzet');
    expect(o.perOpdrachtnemer.map((r) => r.aandeelCapaciteit)).toEqual([0.75, 0.25, null]);
    expect(v.capaciteitVoor).toEqual(['a', 'b', 'z']);
  });

  test('no contracts and no realisations: an empty overview without a capacity measure', () => {
    const o = metCapaciteit(verdeelSroi([], [], '2026-01-01', '2026-12-31'), []);
    expect(o).toMatchObject({
      totaalCent: 0,
      gerealiseerdCent: 0,
      nietToegerekendCent: 0,
      capaciteitsmaat: null,
    });
    expect(o.perOpdrachtnemer).toEqual([]);
  });
});

describe('the overview always adds up (property-based)', () => {
  const gemeenten = ['G1', 'G2', 'G3', 'G4'];
  const arbContract = fc.record({
    nemer: fc.constantFrom('a', 'b', 'c'),
    gemeenten: fc.subarray(gemeenten, { minLength: 1 }),
    aandelen: fc.array(fc.option(fc.nat(1000), { nil: null }), { minLength: 4, maxLength: 4 }),
    waarde: fc.nat(50_000_000),
    procent: fc.option(fc.nat(2000), { nil: null }),
    vast: fc.option(fc.nat(1_000_000), { nil: null }),
    start: fc.integer({ min: 0, max: 700 }),
    duur: fc.integer({ min: 0, max: 700 }),
  });
  const dag = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);

  test('per gemeente and per provider sum to the totals, to the cent', () => {
    fc.assert(
      fc.property(
        fc.array(arbContract, { maxLength: 6 }),
        fc.array(
          fc.record({
            nemer: fc.constantFrom('a', 'b', 'c', 'd'),
            bedrag: fc.nat(5_000_000),
            viaContract: fc.nat(8),
          }),
          {
            maxLength: 20,
          },
        ),
        (cs, rs) => {
          const contracten = cs.map((c, i) =>
            contract({
              id: `c${i}`,
              opdrachtnemerId: c.nemer,
              opdrachtgevers: c.gemeenten.map((g, j) => gemeente(g, c.aandelen[j] ?? null)),
              waardeCent: c.waarde,
              sroiPercentageBp: c.vast === null ? c.procent : null,
              sroiVastCent: c.vast,
              startdatum: dag(c.start),
              einddatum: dag(c.start + c.duur),
            }),
          );
          const realisaties = rs.map((r) => ({
            opdrachtnemerId: r.nemer,
            opdrachtnemer: r.nemer,
            contractId:
              contracten.find((c, i) => i === r.viaContract && c.opdrachtnemerId === r.nemer)?.id ?? null,
            waardeCent: r.bedrag,
          }));
          const o = metCapaciteit(verdeelSroi(contracten, realisaties, '2026-01-01', '2026-12-31'), []);
          const som = (xs: { [k: string]: number }[], k: string) => xs.reduce((s, x) => s + (x[k] ?? 0), 0);
          const perGemeente = o.perGemeente as unknown as { [k: string]: number }[];
          const perNemer = o.perOpdrachtnemer as unknown as { [k: string]: number }[];
          expect(som(perNemer, 'verplichtingCent')).toBe(o.totaalCent);
          expect(som(perGemeente, 'verplichtingCent')).toBe(o.totaalCent);
          expect(som(perNemer, 'gerealiseerdCent')).toBe(o.gerealiseerdCent);
          expect(som(perGemeente, 'gerealiseerdCent') + o.nietToegerekendCent).toBe(o.gerealiseerdCent);
          expect(o.gerealiseerdCent).toBe(rs.reduce((s, r) => s + r.bedrag, 0));
          for (const r of [...o.perGemeente, ...o.perOpdrachtnemer]) {
            expect(Number.isInteger(r.verplichtingCent) && r.verplichtingCent >= 0).toBe(true);
            expect(Number.isInteger(r.gerealiseerdCent) && r.gerealiseerdCent >= 0).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
