import { beforeAll, describe, expect, it } from 'vitest';
import { agendaVoorstel } from '../../electron/main/services/voorbereiden';
import type { Db } from '../../electron/main/store/database';
import {
  saveActie,
  saveBesluit,
  saveBijeenkomst,
} from '../../electron/main/store/repositories/bijeenkomsten';
import { saveGroep } from '../../electron/main/store/repositories/groepen';
import { saveActiviteit, saveFase } from '../../electron/main/store/repositories/planning';
import { saveMeting, saveUitstroom } from '../../electron/main/store/repositories/voortgang';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import type { Actiepunt } from '../../shared/domain/bijeenkomsten';
import type { Activiteit } from '../../shared/domain/planning';
import {
  geplandeBijeenkomst,
  stelAgendaVoor,
  type VoorbereidingsGegevens,
  voorbereidingsStart,
  vorigeBijeenkomst,
} from '../../shared/domain/voorbereiden';
import { ZONDER_KETEN } from './helpers/bijeenkomsten';
import { nieuweKandidaat, nieuweStap } from './helpers/kandidaten';
import { regioDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

/** The fixed clock of these tests. */
const VANDAAG = '2026-11-23';

const leeg: VoorbereidingsGegevens = {
  vorige: null,
  openActies: [],
  activiteiten: [],
  mijlpalen: [],
  groepen: [],
  rondes: [],
};
const activiteit = (over: Partial<Activiteit>): Activiteit => ({
  id: over.titel ?? 'a',
  faseId: 'f',
  titel: 'A',
  eigenaar: null,
  startMaand: '2026-01',
  eindMaand: '2026-02',
  status: 'gepland',
  afhankelijkVan: null,
  volgorde: 1,
  ...over,
});
const actie = (over: Partial<Actiepunt>): Actiepunt => ({
  ...ZONDER_KETEN,
  id: over.omschrijving ?? 'x',
  omschrijving: 'x',
  eigenaar: null,
  deadline: null,
  status: 'open',
  bijeenkomstId: null,
  bijeenkomstDatum: null,
  bijeenkomstSoort: null,
  keerUitgesteld: 0,
  ...over,
});
const titels = (g: VoorbereidingsGegevens) => stelAgendaVoor(g, VANDAAG).punten.map((p) => p.titel);

describe('stelAgendaVoor (fixed clock)', () => {
  it('with nothing going on: opening, the actielijst (always there) and closing', () => {
    expect(titels(leeg)).toEqual(['Opening en mededelingen', 'Actielijst', 'Rondvraag en sluiting']);
    expect(stelAgendaVoor(leeg, VANDAAG).punten[1]?.notitie).toBe('Geen open acties.');
    expect(stelAgendaVoor(leeg, VANDAAG).sinds).toBeNull();
  });

  it('open actions become one item, overdue ones first and marked', () => {
    const voorstel = stelAgendaVoor(
      {
        ...leeg,
        openActies: [
          actie({ omschrijving: 'Plaatsen zoeken', eigenaar: 'Schelpenbank', deadline: '2026-12-01' }),
          actie({ omschrijving: 'Formulier sturen', deadline: '2026-11-20', keerUitgesteld: 2 }),
        ],
      },
      VANDAAG,
    );
    const punt = voorstel.punten.find((p) => p.bron === 'acties');
    expect(punt?.titel).toBe('Actielijst: 2 open acties, waarvan 1 verlopen');
    expect(punt?.notitie?.split('\n')).toEqual([
      'VERLOPEN: Formulier sturen, uiterlijk 20-11-2026, 2× uitgesteld',
      'Plaatsen zoeken (Schelpenbank), uiterlijk 01-12-2026',
    ]);
  });

  it('planning: late work, what ends since the last meeting, what starts soon, milestones ahead', () => {
    const punt = stelAgendaVoor(
      {
        ...leeg,
        vorige: {
          id: 'v',
          soort: 'werkgroep',
          datum: '2026-10-08',
          tijd: null,
          plaats: null,
          aantalAgendapunten: 0,
          aantalBesluiten: 2,
        },
        activiteiten: [
          activiteit({ titel: 'Groep 1', startMaand: '2026-06', eindMaand: '2026-10', status: 'bezig' }),
          activiteit({ titel: 'Werving', startMaand: '2026-09', eindMaand: '2026-11', status: 'bezig' }),
          activiteit({ titel: 'Groep 2', startMaand: '2026-12', eindMaand: '2027-03' }),
          activiteit({ titel: 'Klaar en oud', startMaand: '2026-01', eindMaand: '2026-03', status: 'klaar' }),
          activiteit({ titel: 'Verre toekomst', startMaand: '2027-06', eindMaand: '2027-08' }),
        ],
        mijlpalen: [
          { id: 'm1', naam: 'Bespreken in de FO', datum: '2026-12-15' },
          { id: 'm2', naam: 'Al geweest', datum: '2026-10-15' },
        ],
      },
      VANDAAG,
    ).punten.find((p) => p.bron === 'planning');
    expect(punt?.titel).toBe('Planning: 1 activiteit te laat');
    expect(punt?.notitie?.split('\n')).toEqual([
      'TE LAAT: Groep 1 (t/m 10-2026)',
      'Loopt af: Werving (t/m 11-2026)',
      'Start: Groep 2 (vanaf 12-2026)',
      'Mijlpaal: Bespreken in de FO (15-12-2026)',
    ]);
  });

  it('groups with news get an item each (counts only); quiet groups and answered rounds do not', () => {
    const v = stelAgendaVoor(
      {
        ...leeg,
        groepen: [
          { naam: 'Groep 1', nieuweStappen: 2, afgerondeStappen: 1, uitstroom: 1, ladderwijzigingen: 3 },
          { naam: 'Groep 2', nieuweStappen: 0, afgerondeStappen: 0, uitstroom: 0, ladderwijzigingen: 0 },
        ],
        rondes: [
          { naam: 'Voorjaar', deadline: '2026-11-01', uitstaand: 2, totaal: 5 },
          { naam: 'Klaar', deadline: null, uitstaand: 0, totaal: 4 },
        ],
      },
      VANDAAG,
    );
    expect(v.punten.filter((p) => p.bron === 'groep' || p.bron === 'inventarisatie')).toEqual([
      {
        titel: 'Groep 1: voortgang',
        notitie: '2 nieuwe stappen, 1 stap afgerond, 3 nieuwe ladderscores, 1 uitstroom',
        bron: 'groep',
      },
      {
        titel: 'Inventarisatie Voorjaar: wacht op antwoorden',
        notitie:
          '2 van 5 organisaties hebben nog niet geantwoord; de uiterste datum (01-11-2026) is verstreken.',
        bron: 'inventarisatie',
      },
    ]);
  });
});

describe('voorbereidingsStart: the planned meeting, or a new one, carrying over (fixed clock)', () => {
  const bijeenkomst = (datum: string, over: Partial<Parameters<typeof voorbereidingsStart>[0]> = {}) => ({
    id: datum,
    soort: 'werkgroep' as const,
    datum,
    tijd: null,
    plaats: null,
    aantalAgendapunten: 0,
    aanwezigen: [],
    ...over,
  });
  const ledenVan = [
    { naam: 'Mirte Zandvoort', rol: 'voorzitter' },
    { naam: 'Ruben Kreekrak', rol: null },
  ];
  const vorige = bijeenkomst('2026-10-08', { tijd: '14:00', plaats: 'Goes', aanwezigen: ledenVan });

  it('the planned meeting is the first after today; today and earlier are held', () => {
    const lijst = [bijeenkomst('2027-01-10'), bijeenkomst('2026-12-01'), bijeenkomst(VANDAAG), vorige];
    expect(geplandeBijeenkomst(lijst, VANDAAG)?.datum).toBe('2026-12-01');
    expect(geplandeBijeenkomst([bijeenkomst(VANDAAG), vorige], VANDAAG)).toBeNull();
    // Preparing the planned one counts today's meeting as the one before it.
    expect(vorigeBijeenkomst(lijst, '2026-12-01', VANDAAG)?.datum).toBe(VANDAAG);
  });

  it('no planned meeting: a new one on the proposed date with time, place and attendees of the last', () => {
    expect(voorbereidingsStart(null, vorige, '2026-12-07')).toEqual({
      geplandId: null,
      bestaandeAgenda: 0,
      soort: 'werkgroep',
      datum: '2026-12-07',
      tijd: '14:00',
      plaats: 'Goes',
      aanwezigen: ledenVan,
      overgenomenVan: '2026-10-08',
    });
    expect(voorbereidingsStart(null, null, '2026-12-07')).toMatchObject({
      tijd: null,
      plaats: null,
      aanwezigen: [],
      overgenomenVan: null,
    });
  });

  it('a planned meeting keeps its own details and fills in only what it lacks', () => {
    const gepland = bijeenkomst('2026-12-01', {
      soort: 'evaluatie',
      plaats: 'Kapelle',
      aantalAgendapunten: 3,
    });
    expect(voorbereidingsStart(gepland, vorige, '2026-12-07')).toEqual({
      geplandId: '2026-12-01',
      bestaandeAgenda: 3,
      soort: 'evaluatie',
      datum: '2026-12-01',
      tijd: '14:00',
      plaats: 'Kapelle',
      aanwezigen: ledenVan,
      overgenomenVan: '2026-10-08',
    });
    const compleet = { ...gepland, tijd: '10:00', aanwezigen: [{ naam: 'Sanne Oesterdijk', rol: null }] };
    expect(voorbereidingsStart(compleet, vorige, '2026-12-07')).toMatchObject({
      tijd: '10:00',
      plaats: 'Kapelle',
      aanwezigen: [],
      overgenomenVan: null,
    });
  });
});

describe('agendaVoorstel from a real werkgroep file', () => {
  function werkgroep(): { db: Db; groep: string } {
    const db = regioDb(SQL);
    const vorige = saveBijeenkomst(db, { soort: 'werkgroep', datum: '2026-10-08', tijd: null, plaats: null });
    saveBesluit(db, vorige, 'Groep 1 start');
    saveActie(db, {
      bijeenkomstId: vorige,
      omschrijving: 'Werkervaringsplaatsen zoeken',
      eigenaar: 'Secretaris',
      deadline: '2026-11-15',
      status: 'open',
    });
    saveActie(db, {
      bijeenkomstId: vorige,
      omschrijving: 'Al gedaan',
      eigenaar: null,
      deadline: '2026-10-20',
      status: 'klaar',
    });
    const fase = saveFase(db, 'Uitvoering');
    saveActiviteit(db, {
      faseId: fase,
      titel: 'Groep 1',
      eigenaar: null,
      startMaand: '2026-06',
      eindMaand: '2026-10',
      status: 'bezig',
      afhankelijkVan: null,
    });
    const groep = saveGroep(db, {
      naam: 'Groep 1',
      startdatum: '2026-06-01',
      terugkoppeldatum: null,
      organisatieIds: [],
    });
    const k = nieuweKandidaat(db, { groepId: groep, startdatum: '2026-06-01' });
    // Before the last meeting: not news.
    nieuweStap(db, k, 'intake', { status: 'lopend', start: '2026-07-01' });
    saveMeting(db, { kandidaatId: k, datum: '2026-06-01', trede: 2, toelichting: null });
    // Since the last meeting.
    nieuweStap(db, k, 'training', { status: 'lopend', start: '2026-10-20' });
    saveMeting(db, { kandidaatId: k, datum: '2026-11-02', trede: 3, toelichting: null });
    saveUitstroom(db, {
      kandidaatId: k,
      soort: 'regulier_werk',
      datum: '2026-11-10',
      toelichting: null,
      na6Maanden: null,
      na12Maanden: null,
    });
    return { db, groep };
  }

  it('collects the open action, the late activity and the group news since the last meeting', () => {
    const { db } = werkgroep();
    const v = agendaVoorstel(db, '2026-11-26', VANDAAG);
    expect(v.sinds).toBe('2026-10-08');
    expect(v.punten.map((p) => p.titel)).toEqual([
      'Opening en mededelingen',
      'Verslag en besluiten vorige bijeenkomst',
      'Actielijst: 1 open actie, waarvan 1 verlopen',
      'Planning: 1 activiteit te laat',
      'Groep 1: voortgang',
      'Rondvraag en sluiting',
    ]);
    expect(v.punten[2]?.notitie).toContain('VERLOPEN: Werkervaringsplaatsen zoeken (Secretaris)');
    expect(v.punten[4]?.notitie).toBe('1 nieuwe stap, 1 nieuwe ladderscore, 1 uitstroom');
  });

  it('the agenda carries no candidate code or name', () => {
    const { db } = werkgroep();
    const code = db.get<{ code: string }>('SELECT code FROM kandidaat')?.code ?? '';
    const tekst = JSON.stringify(agendaVoorstel(db, '2026-11-26', VANDAAG));
    expect(code).not.toBe('');
    expect(tekst).not.toContain(code);
  });

  it('a meeting planned in the future does not count as the previous one', () => {
    const { db } = werkgroep();
    saveBijeenkomst(db, { soort: 'werkgroep', datum: '2026-11-25', tijd: null, plaats: null });
    expect(agendaVoorstel(db, '2026-12-10', VANDAAG).sinds).toBe('2026-10-08');
  });
});
