import { describe, expect, it } from 'vitest';
import { type Staaf, topMetOverige } from '../../electron/main/excel/grafiek-top';

const staaf = (label: string, ...waarden: number[]): Staaf => ({ label, waarden });
const labels = (s: { label: string }[]) => s.map((x) => x.label);

describe('topMetOverige: at most max bars, the rest as one "Overige (n)"', () => {
  it('leaves fewer than max items unchanged, in their own order', () => {
    const staven = [staaf('B', 1), staaf('A', 5), staaf('C', 3)];
    expect(topMetOverige(staven, 4)).toEqual({
      categorieen: [
        { label: 'B', waarden: [1] },
        { label: 'A', waarden: [5] },
        { label: 'C', waarden: [3] },
      ],
      overige: 0,
    });
    expect(topMetOverige([], 4)).toEqual({ categorieen: [], overige: 0 });
  });

  it('leaves exactly max items unchanged (no "Overige" for nothing), and drops the weight', () => {
    const staven = [staaf('B', 1), staaf('A', 5), { ...staaf('C', 3), gewicht: 7 }];
    const { categorieen, overige } = topMetOverige(staven, 3);
    expect(overige).toBe(0);
    expect(categorieen).toEqual([
      { label: 'B', waarden: [1] },
      { label: 'A', waarden: [5] },
      { label: 'C', waarden: [3] },
    ]);
  });

  it('with more than max: the max − 1 largest, largest first, then the rest summed per series and left out of the scale', () => {
    // Two series (e.g. verplichting, gerealiseerd); ranked by the longer bar of each item.
    const staven = [
      staaf('Aanbieder 1', 100, 20),
      staaf('Aanbieder 2', 10, 500),
      staaf('Aanbieder 3', 30, 30),
      staaf('Aanbieder 4', 50, 0),
      staaf('Aanbieder 5', 5, 5),
    ];
    const { categorieen, overige } = topMetOverige(staven, 3);
    expect(overige).toBe(3);
    expect(categorieen).toEqual([
      { label: 'Aanbieder 2', waarden: [10, 500] },
      { label: 'Aanbieder 1', waarden: [100, 20] },
      // 50 + 30 + 5 and 0 + 30 + 5
      { label: 'Overige (3)', waarden: [85, 35], buitenSchaal: true },
    ]);
  });

  it('never folds a single item: max + 1 items become max − 1 and "Overige (2)"', () => {
    const staven = [staaf('A', 4), staaf('B', 3), staaf('C', 2), staaf('D', 1)];
    const { categorieen, overige } = topMetOverige(staven, 3);
    expect(overige).toBe(2);
    expect(categorieen).toEqual([
      { label: 'A', waarden: [4] },
      { label: 'B', waarden: [3] },
      { label: 'Overige (2)', waarden: [3], buitenSchaal: true },
    ]);
  });

  it('breaks ties by input order, also at the cut', () => {
    const staven = [staaf('P', 2), staaf('Q', 9), staaf('R', 2), staaf('S', 2), staaf('T', 1)];
    // Q first; P, R and S tie at 2: P and R (first in the input) are shown, S goes to the rest.
    const { categorieen } = topMetOverige(staven, 4);
    expect(labels(categorieen)).toEqual(['Q', 'P', 'R', 'Overige (2)']);
    expect(categorieen[3]?.waarden).toEqual([3]);
  });

  it('ranks zero values last; a rest of zeros shows 0, and all zeros keep the input order', () => {
    const metNullen = [staaf('Nul 1', 0, 0), staaf('Vijf', 5, 0), staaf('Nul 2', 0, 0), staaf('Nul 3', 0, 0)];
    expect(topMetOverige(metNullen, 3).categorieen).toEqual([
      { label: 'Vijf', waarden: [5, 0] },
      { label: 'Nul 1', waarden: [0, 0] },
      { label: 'Overige (2)', waarden: [0, 0], buitenSchaal: true },
    ]);
    const allemaalNul = [staaf('A', 0), staaf('B', 0), staaf('C', 0)];
    expect(labels(topMetOverige(allemaalNul, 2).categorieen)).toEqual(['A', 'Overige (2)']);
  });

  it('weights the rest of averages by what each average is over, and ranks by a given number', () => {
    // Groups with their measured candidates as weight, ranked by size (not by the average).
    const groepen: Staaf[] = [
      { label: 'Klein', waarden: [6, 7], gewicht: 1 },
      { label: 'Groot', waarden: [2, 3], gewicht: 30 },
      { label: 'Middel A', waarden: [2, 4], gewicht: 3 },
      { label: 'Middel B', waarden: [4, 4], gewicht: 1 },
    ];
    const { categorieen, overige } = topMetOverige(groepen, 3, {
      rangorde: (s) => s.gewicht ?? 0,
      samen: 'gemiddelde',
    });
    expect(overige).toBe(2);
    expect(labels(categorieen)).toEqual(['Groot', 'Middel A', 'Overige (2)']);
    // Start (6×1 + 4×1) / 2 = 5, nu (7×1 + 4×1) / 2 = 5.5: the average over the two candidates.
    // An average stays on the chart's scale, unlike a sum.
    expect(categorieen[2]).toEqual({ label: 'Overige (2)', waarden: [5, 5.5], buitenSchaal: false });
  });

  it('gives each item a weight of 1 when averages come without one, and 0 for an empty weight', () => {
    const zonder = [staaf('A', 9), staaf('B', 2), staaf('C', 4)];
    expect(topMetOverige(zonder, 2, { samen: 'gemiddelde' }).categorieen).toEqual([
      { label: 'A', waarden: [9] },
      { label: 'Overige (2)', waarden: [3], buitenSchaal: false },
    ]);
    const gewichtNul: Staaf[] = [
      { label: 'A', waarden: [9], gewicht: 2 },
      { label: 'B', waarden: [2], gewicht: 0 },
      { label: 'C', waarden: [4], gewicht: 0 },
    ];
    expect(topMetOverige(gewichtNul, 2, { samen: 'gemiddelde' }).categorieen[1]).toEqual({
      label: 'Overige (2)',
      waarden: [0],
      buitenSchaal: false,
    });
  });
});
