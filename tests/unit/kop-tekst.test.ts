import { describe, expect, it } from 'vitest';
import { kopTekst, kopTitel } from '../../renderer/src/app/kopTekst';

describe('the header names the open werkgroep once', () => {
  it('a file named after its werkgroep: the file name alone, which holds the name', () => {
    expect(
      kopTekst(
        'Werkgroep SROI Oosterschelderegio',
        'Voorbeeld - Werkgroep SROI Oosterschelderegio.tafelwerk',
      ),
    ).toBe('Voorbeeld - Werkgroep SROI Oosterschelderegio.tafelwerk');
    // Case and spaces around the name do not make it a different name.
    expect(kopTekst(' werkgroep goes ', 'Werkgroep Goes.tafelwerk')).toBe('Werkgroep Goes.tafelwerk');
  });

  it('a file named otherwise (a copy, a renamed werkgroep): name and file side by side', () => {
    expect(kopTekst('Werkgroep Stiekem Gewijzigd', 'Mijn kopie.tafelwerk')).toBe(
      'Werkgroep Stiekem Gewijzigd · Mijn kopie.tafelwerk',
    );
    expect(kopTekst('', 'Naamloos.tafelwerk')).toBe('Naamloos.tafelwerk');
  });

  it('the tooltip holds everything in full, the folder too', () => {
    expect(kopTitel('Werkgroep Goes', 'Werkgroep Goes.tafelwerk', '/home/secretaris/Documenten')).toBe(
      'Werkgroep Goes\nBestand: Werkgroep Goes.tafelwerk\nMap: /home/secretaris/Documenten',
    );
  });
});
