import { describe, expect, it } from 'vitest';
import { celPositie, sorteerOpCel } from '../../shared/domain/cel-volgorde';

describe('problems of a form in cell order', () => {
  it('reads a cell or the first cell of a range', () => {
    expect(celPositie('B26')).toEqual({ rij: 26, kolom: 2 });
    expect(celPositie('AA3')).toEqual({ rij: 3, kolom: 27 });
    expect(celPositie('B20:C31')).toEqual({ rij: 20, kolom: 2 });
    expect(celPositie('geen cel')).toBeNull();
  });

  it('sorts by row, then column, with problems of the whole form first', () => {
    const p = (cel: string | null, melding = '') => ({ cel, melding });
    const uit = sorteerOpCel([p('B26'), p('B25'), p('B31'), p(null), p('C25'), p('B10:C12'), p('AA2')]);
    expect(uit.map((x) => x.cel)).toEqual([null, 'AA2', 'B10:C12', 'B25', 'C25', 'B26', 'B31']);
  });

  it('keeps two problems in one cell in the order they were found', () => {
    const uit = sorteerOpCel([
      { cel: 'B9', melding: 'eerste' },
      { cel: 'B8', melding: 'x' },
      { cel: 'B9', melding: 'tweede' },
    ]);
    expect(uit.map((x) => x.melding)).toEqual(['x', 'eerste', 'tweede']);
  });
});
