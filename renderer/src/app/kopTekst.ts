/**
 * What the header says about the open file, on one line: the werkgroep's name once. A file is
 * usually named after its werkgroep ("Voorbeeld - Werkgroep SROI Oosterschelderegio.tafelwerk"),
 * so then the file name alone says both; a file named otherwise ("Mijn kopie.tafelwerk") is shown
 * beside the name, since which copy is open matters.
 */
export function kopTekst(werkgroepNaam: string, bestandsnaam: string): string {
  const naam = werkgroepNaam.trim();
  // An empty name is "in" every file name: then the file name alone.
  const inBestand = bestandsnaam.toLocaleLowerCase('nl-NL').includes(naam.toLocaleLowerCase('nl-NL'));
  return inBestand ? bestandsnaam : `${naam} · ${bestandsnaam}`;
}

/** The header's tooltip: everything in full, the folder too. */
export function kopTitel(werkgroepNaam: string, bestandsnaam: string, map: string): string {
  return `${werkgroepNaam}\nBestand: ${bestandsnaam}\nMap: ${map}`;
}
