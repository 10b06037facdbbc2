import { beforeAll, describe, expect, it } from 'vitest';
import {
  getAntwoorden,
  getRonde,
  listSjablonen,
  rondeResultaten,
  saveRonde,
  slaAntwoordenOp,
  slaSjabloonOp,
  zetDeelnameStatus,
} from '../../electron/main/store/repositories/inventarisatie';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { STANDAARD_SJABLOON, type Vraag } from '../../shared/domain/inventarisatie';
import { leesAntwoord, leesGetal, leesJaNee } from '../../shared/domain/inventarisatie-antwoorden';
import { aanbieder } from './helpers/sroi';
import { thrown } from './helpers/temp';
import { gemeenteId, regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const vraag = (over: Partial<Vraag>): Vraag => ({
  sleutel: 'v',
  tekst: 'Vraag',
  toelichting: null,
  soort: 'open',
  verplicht: false,
  keuzes: [],
  opties: [],
  ...over,
});

describe('answers as people type them', () => {
  it('ja/nee in its many forms, with punctuation and a word after it; anything else is not guessed', () => {
    const verwacht: [boolean | undefined, unknown[]][] = [
      [true, ['ja', 'Ja', ' JA ', 'x', 'X', '✓', 'j', true, 1]],
      [true, ['Ja.', 'ja!', 'Ja, zeker', 'Jazeker', 'jawel', 'ja graag', '(x)']],
      [false, ['nee', 'Nee', 'N', '-', false, 0, 'Nee.', 'nee!']],
      [false, ['Nee, helaas niet', 'Helaas', 'nee, zeker niet']],
      // Saying both, or something else, is reported rather than guessed.
      [undefined, ['misschien', 2, '', 'ja/nee', 'Ja, maar niet nu', 'Nee, ja']],
      [undefined, ['niet zeker', 'zeker niet', 'jaar']],
    ];
    for (const [uitkomst, invoer] of verwacht)
      for (const x of invoer) expect(leesJaNee(x), String(x)).toBe(uitkomst);
  });

  it('numbers written as text, with a decimal comma or thousands dots', () => {
    expect(leesGetal(' 12 ')).toBe(12);
    expect(leesGetal('12,5')).toBe(12.5);
    expect(leesGetal('1.250')).toBe(1250);
    expect(leesGetal(7)).toBe(7);
    expect(leesGetal('twaalf')).toBeUndefined();
  });

  it('choices match ignoring case and spaces; an unknown choice is reported', () => {
    const keuze = vraag({ soort: 'enkelkeuze', keuzes: ['Zorg', 'Schoonmaak'] });
    expect(leesAntwoord(keuze, '  zorg ')).toEqual({ waarde: { soort: 'enkelkeuze', keuze: 'Zorg' } });
    expect(leesAntwoord(keuze, 'Bouw')).toEqual({
      fouten: [{ deel: null, melding: '"Bouw" staat niet in de lijst (Zorg, Schoonmaak).' }],
    });
    const meer = vraag({ soort: 'meerkeuze', keuzes: ['A', 'B'] });
    expect(leesAntwoord(meer, ['a', 'B', 'A'])).toEqual({
      waarde: { soort: 'meerkeuze', keuzes: ['A', 'B'] },
    });
  });

  it('aanbod: a tick or a number of places means offered; bad places are reported', () => {
    const v = vraag({
      soort: 'aanbod',
      opties: [
        { code: 'wep', naam: 'Werkervaringsplaats' },
        { code: 'bbl', naam: 'BBL-plaats' },
      ],
    });
    expect(
      leesAntwoord(v, [
        ['wep', 'x', '2'],
        ['bbl', '', ''],
      ]),
    ).toEqual({
      waarde: { soort: 'aanbod', aanbod: [{ code: 'wep', plaatsen: 2 }] },
    });
    expect(leesAntwoord(v, [['wep', '', 3]])).toEqual({
      waarde: { soort: 'aanbod', aanbod: [{ code: 'wep', plaatsen: 3 }] },
    });
    expect(leesAntwoord(v, [['wep', 'Ja, zeker', 2]])).toEqual({
      waarde: { soort: 'aanbod', aanbod: [{ code: 'wep', plaatsen: 2 }] },
    });
    expect(leesAntwoord(v, [])).toEqual({ waarde: null });
  });

  it('aanbod: every problem is reported with the option it is about, "nee" with places among them', () => {
    const v = vraag({
      soort: 'aanbod',
      opties: [
        { code: 'wep', naam: 'Werkervaringsplaats' },
        { code: 'bbl', naam: 'BBL-plaats' },
        { code: 'baan', naam: 'Betaalde baan' },
      ],
    });
    expect(
      leesAntwoord(v, [
        ['wep', 'wellicht', 'veel'],
        ['bbl', 'Nee.', 3],
        ['baan', 'nee', 0],
      ]),
    ).toEqual({
      fouten: [
        { deel: 'wep', melding: 'Werkervaringsplaats: "wellicht" is geen ja of nee.' },
        {
          deel: 'wep',
          plaatsen: true,
          melding: 'Werkervaringsplaats: "veel" is geen geheel aantal plaatsen.',
        },
        {
          deel: 'bbl',
          melding:
            'BBL-plaats: hier staat "Nee." maar ook 3 plaatsen. Kies ja als u dit kunt bieden, of maak het aantal plaatsen leeg.',
        },
      ],
    });
  });

  it('meerkeuze ticks: x, ja and ja-like words tick, nee and empty do not, anything else is reported per choice', () => {
    const v = vraag({ soort: 'meerkeuze', keuzes: ['A', 'B', 'C', 'D'] });
    const vinkjes = (...v: unknown[]) => v.map((vink, i) => ({ keuze: ['A', 'B', 'C', 'D'][i], vink }));
    expect(leesAntwoord(v, vinkjes('x', 'Nee.', 'ja!', null))).toEqual({
      waarde: { soort: 'meerkeuze', keuzes: ['A', 'C'] },
    });
    expect(leesAntwoord(v, vinkjes('?', 'x', 'soms', ''))).toEqual({
      fouten: [
        { deel: 'A', melding: '"?" bij "A" is geen x of ja.' },
        { deel: 'C', melding: '"soms" bij "C" is geen x of ja.' },
      ],
    });
  });
});

describe('templates and rounds', () => {
  function opzet() {
    const db = regioDb(SQL);
    const a = aanbieder(db, 'Zorggroep Aap');
    const b = aanbieder(db, 'Zorggroep Beer');
    const sjabloon = listSjablonen(db)[0];
    if (!sjabloon) throw new Error('geen standaardformulier');
    const ronde = saveRonde(db, {
      naam: 'Ronde 1',
      sjabloonId: sjabloon.id,
      deadline: '2026-02-28',
      organisatieIds: [a, b],
    });
    return { db, a, b, sjabloon, ronde };
  }

  it('a new file has the standard form as version 1', () => {
    const db = regioDb(SQL);
    expect(listSjablonen(db)).toEqual([
      expect.objectContaining({ naam: STANDAARD_SJABLOON.naam, versie: 1, rondes: 0 }),
    ]);
  });

  it('an unused version is edited in place; a used one stays and the change becomes version 2', () => {
    const db = regioDb(SQL);
    const v1 = listSjablonen(db)[0];
    if (!v1) throw new Error('geen standaardformulier');
    const secties = [
      { ...v1.secties[0], vragen: v1.secties[0]?.vragen.slice(0, 1) ?? [] },
    ] as typeof v1.secties;
    expect(slaSjabloonOp(db, { naam: v1.naam, secties }, v1.id)).toBe(v1.id);
    saveRonde(db, { naam: 'R', sjabloonId: v1.id, deadline: null, organisatieIds: [aanbieder(db)] });
    const v2 = slaSjabloonOp(db, { naam: v1.naam, secties: STANDAARD_SJABLOON.secties }, v1.id);
    expect(v2).not.toBe(v1.id);
    expect(listSjablonen(db).map((s) => [s.versie, s.rondes])).toEqual([
      [2, 0],
      [1, 1],
    ]);
  });

  it('answers are checked against the round\'s version; the first answer marks "ontvangen"', () => {
    const { db, a, ronde } = opzet();
    expect(
      thrown(() => slaAntwoordenOp(db, ronde, a, { onbekend: { soort: 'open', tekst: 'x' } })),
    ).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: expect.stringContaining('Onbekende vraag "onbekend".'),
    });
    // aanbod and contactpersoon are required in the standard form.
    expect(thrown(() => slaAntwoordenOp(db, ronde, a, {})).message).toMatch(/is verplicht/);
    expect(
      thrown(() =>
        slaAntwoordenOp(db, ronde, a, {
          aanbod: { soort: 'janee', ja: true },
          contactpersoon: { soort: 'open', tekst: 'X' },
        }),
      ).message,
    ).toMatch(/past niet bij de vraag/);
    slaAntwoordenOp(db, ronde, a, {
      aanbod: { soort: 'aanbod', aanbod: [{ code: 'werkervaringsplaats', plaatsen: 2 }] },
      contactpersoon: { soort: 'open', tekst: 'P. Proef' },
    });
    expect(getRonde(db, ronde).deelnames.find((d) => d.organisatieId === a)).toMatchObject({
      status: 'ontvangen',
    });
    expect(Object.keys(getAntwoorden(db, ronde, a)).sort()).toEqual(['aanbod', 'contactpersoon']);
  });

  it('results: matrix with totals, response rate and open answers', () => {
    const { db, a, b, ronde } = opzet();
    slaAntwoordenOp(db, ronde, a, {
      in_dienst: { soort: 'open', tekst: 'Twee mensen' },
      aanbod: {
        soort: 'aanbod',
        aanbod: [
          { code: 'werkervaringsplaats', plaatsen: 2 },
          { code: 'intake', plaatsen: null },
        ],
      },
      contactpersoon: { soort: 'open', tekst: 'P. Proef' },
    });
    const r = rondeResultaten(db, ronde);
    expect(r.responsBp).toBe(5000);
    expect(r.matrix).toEqual([
      expect.objectContaining({
        organisatie: 'Zorggroep Aap',
        aanbod: expect.objectContaining({ werkervaringsplaats: 2, intake: 0, bbl: null }),
      }),
    ]);
    expect(r.totalen.werkervaringsplaats).toEqual({ organisaties: 1, plaatsen: 2 });
    expect(r.antwoorden.find((x) => x.sleutel === 'in_dienst')?.per).toEqual([
      { organisatie: 'Zorggroep Aap', tekst: 'Twee mensen' },
    ]);
    zetDeelnameStatus(db, ronde, b, 'ontvangen');
    expect(rondeResultaten(db, ronde).responsBp).toBe(10_000);
  });

  it('a round refuses gemeenten, a duplicate name, and dropping an organisation that answered', () => {
    const { db, a, b, sjabloon, ronde } = opzet();
    expect(
      thrown(() =>
        saveRonde(db, {
          naam: 'X',
          sjabloonId: sjabloon.id,
          deadline: null,
          organisatieIds: [gemeenteId(db, 'Goes')],
        }),
      ).message,
    ).toMatch(/gemeente/);
    expect(
      thrown(() =>
        saveRonde(db, { naam: 'ronde 1', sjabloonId: sjabloon.id, deadline: null, organisatieIds: [a] }),
      ).message,
    ).toBe('Er is al een ronde met de naam "ronde 1".');
    slaAntwoordenOp(db, ronde, a, {
      aanbod: { soort: 'aanbod', aanbod: [{ code: 'bbl', plaatsen: 1 }] },
      contactpersoon: { soort: 'open', tekst: 'P. Proef' },
    });
    expect(
      thrown(() =>
        saveRonde(
          db,
          { naam: 'Ronde 1', sjabloonId: sjabloon.id, deadline: null, organisatieIds: [b] },
          ronde,
        ),
      ).message,
    ).toBe('Zorggroep Aap heeft al geantwoord en blijft in de ronde.');
    saveRonde(db, { naam: 'Ronde 1', sjabloonId: sjabloon.id, deadline: null, organisatieIds: [a] }, ronde);
    expect(getRonde(db, ronde).deelnames.map((d) => d.organisatie)).toEqual(['Zorggroep Aap']);
  });
});
