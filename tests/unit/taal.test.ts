import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paginaKop } from '../../electron/main/excel/werkboek';
import { vulIn } from '../../shared/api/velden';
import { formatMaandKort, MAANDEN_KORT, meervoud, metSoort } from '../../shared/format/nl';

const ROOT = join(import.meta.dirname, '../..');

function bronbestanden(map: string): string[] {
  return readdirSync(join(ROOT, map), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(map, f));
}

/** Source lines that are not comments: what a user can end up reading is in these. */
function regels(): { plek: string; tekst: string }[] {
  return ['renderer/src', 'electron', 'shared'].flatMap(bronbestanden).flatMap((f) =>
    readFileSync(join(ROOT, f), 'utf8')
      .split('\n')
      .map((tekst, i) => ({ plek: `${f}:${i + 1}`, tekst }))
      .filter(({ tekst }) => !/^\s*(\/\/|\*|\/\*)/.test(tekst)),
  );
}

describe('one voice: the app says "u"', () => {
  const alle = regels();
  const gevonden = (patroon: RegExp) => alle.filter((r) => patroon.test(r.tekst)).map((r) => r.plek);

  it('no "je", "jij", "jouw" or "jullie" in any text the app shows or writes', () => {
    expect(alle.length).toBeGreaterThan(5000);
    expect(gevonden(/\b([Jj]e|[Jj]ij|[Jj]ouw|[Jj]ullie)\b/)).toEqual([]);
  });

  it('none of the grammar slips seen before come back', () => {
    expect(gevonden(/\ber om\b|Persoonsgegeven:|\bVul \$\{label|\} trede\b|organisaties'\)\} heeft/)).toEqual(
      [],
    );
    // A kind in front of a name that may already start with it: use metSoort.
    expect(gevonden(/`(Werkgroep|Inventarisatie):? \$\{/)).toEqual([]);
  });

  it('every hand-made plural helper is gone: one meervoud, in shared/format', () => {
    expect(gevonden(/const meervoud = /)).toEqual([]);
  });
});

describe('Dutch helpers', () => {
  it('meervoud: 1 kandidaat, 0 and 2 kandidaten', () => {
    expect(meervoud(1, 'kandidaat', 'kandidaten')).toBe('1 kandidaat');
    expect(meervoud(0, 'kandidaat', 'kandidaten')).toBe('0 kandidaten');
    expect(meervoud(2, 'trede', 'treden')).toBe('2 treden');
    expect(meervoud(1200, 'stap', 'stappen')).toBe('1.200 stappen');
  });

  it('metSoort does not double a kind the name already has', () => {
    expect(metSoort('Inventarisatie', 'Inventarisatie najaar')).toBe('Inventarisatie najaar');
    expect(metSoort('Inventarisatie', 'najaar 2026')).toBe('Inventarisatie najaar 2026');
    expect(metSoort('Werkgroep', 'werkgroep Oost')).toBe('werkgroep Oost');
    expect(metSoort('Werkgroep', 'Regio Proef')).toBe('Werkgroep Regio Proef');
  });

  it('one list of month abbreviations: "mrt", not "maa"', () => {
    expect(MAANDEN_KORT.join(' ')).toBe('jan feb mrt apr mei jun jul aug sep okt nov dec');
    expect(formatMaandKort('2026-03')).toBe('mrt');
    expect(formatMaandKort('2026-12-31')).toBe('dec');
  });

  it('field messages are whole sentences: "Vul de naam van de werkgroep in."', () => {
    expect(vulIn('Naam van de werkgroep')).toBe('Vul de naam van de werkgroep in.');
    expect(vulIn('De titel van het agendapunt')).toBe('Vul de titel van het agendapunt in.');
    expect(vulIn('Het antwoord')).toBe('Vul het antwoord in.');
  });
});

describe('printed page headers', () => {
  it('title and werkgroep share the left part, so they cannot overlap; long names are shortened', () => {
    const lang = `Werkgroep ${'Zeer Lange Regionale Naam '.repeat(5)}`;
    const kop = paginaKop(
      lang,
      `Kandidaten en trajecten ${'met een hele lange titel '.repeat(4)}`,
      'Gepseudonimiseerd',
    );
    const [links, rechts, ...meer] = kop.split('&R');
    expect(meer).toEqual([]);
    expect(links).not.toContain('&C');
    expect(rechts).toBe('Gepseudonimiseerd');
    const lijnen = (links ?? '').replace(/^&L/, '').replace(/&B/g, '').split('\n');
    expect(lijnen).toHaveLength(2);
    for (const l of lijnen) expect(l.length).toBeLessThanOrEqual(60);
    expect(lijnen[1]).toMatch(/^Werkgroep Zeer Lange .*…$/);
    // A short right-hand note and a 60-character line fit a portrait A4 line with room between them.
    expect(Math.max(...lijnen.map((l) => l.length)) + (rechts?.length ?? 0)).toBeLessThan(100);
  });
});
