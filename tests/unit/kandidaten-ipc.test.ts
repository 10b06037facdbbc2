import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/result';
import type {
  BewaarOverzicht,
  Groep,
  GroepOverzicht,
  Kandidaat,
  KandidaatDossier,
  KandidaatRegel,
} from '../../shared/domain/kandidaten';
import type { MenukaartOptie } from '../../shared/domain/menukaart';
import { DUTCH_ONLY } from './helpers/nederlands';
import { ipcWerkgroep } from './helpers/sroi';
import { openRaw, scalar } from './helpers/temp';
import { gemeenteId } from './helpers/werkgroep-db';

const NAAM = 'Ottoline Wervelwind-Sprokkel';

async function opzet() {
  const w = await ipcWerkgroep();
  await w.data('sroi.waarderingKiezen', { preset: 'utrecht' });
  const opties = await w.data<MenukaartOptie[]>('sroi.menukaart', {});
  const optie = (code: string) => {
    const o = opties.find((x) => x.code === code);
    if (!o) throw new Error(`Optie ${code} ontbreekt.`);
    return o.id;
  };
  const db = () => w.session.requireFile().db;
  const kandidaatInvoer = (over: Record<string, unknown> = {}) => ({
    naam: NAAM,
    initialen: 'O.W.',
    gemeenteId: gemeenteId(db(), 'Goes'),
    uitkering: 'participatiewet_lang',
    klantmanager: null,
    begeleiderNaam: null,
    begeleiderOrganisatieId: null,
    groepId: null,
    startdatum: '2026-01-01',
    status: 'actief',
    bonussen: [],
    einddatum: null,
    ...over,
  });
  const stapInvoer = (kandidaatId: string, over: Record<string, unknown> = {}) => ({
    kandidaatId,
    menukaartOptieId: optie('betaalde_baan'),
    organisatieId: w.zorg,
    geplandStart: null,
    geplandEind: null,
    start: '2026-01-01',
    eind: '2026-06-30',
    urenPerWeek: 24,
    status: 'afgerond',
    vastContract: false,
    resultaat: null,
    ...over,
  });
  const kandidaat = await w.data<Kandidaat>('kandidaten.opslaan', kandidaatInvoer());
  const tel = (tabel: string) => Number(db().get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${tabel}`)?.n);
  /** A group with the test's care organisation, no dates unless given. */
  const groep = (naam: string, over: Record<string, unknown> = {}) =>
    w.data<Groep>('groepen.opslaan', {
      naam,
      startdatum: null,
      terugkoppeldatum: null,
      organisatieIds: [w.zorg],
      ...over,
    });
  return { ...w, optie, db, kandidaatInvoer, stapInvoer, kandidaat, tel, groep };
}

/** A refused call: ONGELDIGE_INVOER with a Dutch message matching `melding`. */
function geweigerd(result: unknown, melding: string | RegExp) {
  expect(result).toEqual({
    ok: false,
    error: {
      code: 'ONGELDIGE_INVOER',
      message:
        typeof melding === 'string' ? expect.stringContaining(melding) : expect.stringMatching(melding),
    },
  });
  const r = result as Result<unknown>;
  if (!r.ok) expect(r.error.message).toMatch(DUTCH_ONLY);
}

describe('kandidaten over IPC: bad input is refused in Dutch and nothing is written', () => {
  it('candidate, step, measurement, plan, order, filter and retention input', async () => {
    const { session, invoke, kandidaat, kandidaatInvoer, stapInvoer, tel } = await opzet();
    const k = kandidaat.id;
    const wijzigingen = tel('wijziging');

    geweigerd(
      await invoke(
        'kandidaten.opslaan',
        kandidaatInvoer({ startdatum: '2026-05-01', einddatum: '2026-04-30' }),
      ),
      'De einddatum ligt voor de startdatum.',
    );
    geweigerd(
      await invoke('kandidaten.opslaan', kandidaatInvoer({ status: 'ontslagen' })),
      'Kies een status uit de lijst.',
    );
    geweigerd(
      await invoke('kandidaten.opslaan', kandidaatInvoer({ uitkering: 'bijstand' })),
      'Kies een uitkering uit de lijst.',
    );
    geweigerd(
      await invoke('kandidaten.opslaan', kandidaatInvoer({ bonussen: ['statushouder', 'statushouder'] })),
      'Een kenmerk staat twee keer in de lijst.',
    );
    geweigerd(
      await invoke('kandidaten.lijst', { metNamen: false, status: 'verdwenen' }),
      'Onbekende status.',
    );
    geweigerd(
      await invoke('kandidaten.stapOpslaan', stapInvoer(k, { start: '2026-06-01', eind: '2026-05-31' })),
      'Het einde ligt voor de start.',
    );
    geweigerd(
      await invoke(
        'kandidaten.stapOpslaan',
        stapInvoer(k, { geplandStart: '2026-06-01', geplandEind: '2026-05-01' }),
      ),
      'Het geplande einde ligt voor de geplande start.',
    );
    geweigerd(
      await invoke('kandidaten.stapOpslaan', stapInvoer(k, { eind: null })),
      'Een afgeronde of afgebroken stap heeft een einddatum.',
    );
    geweigerd(
      await invoke('kandidaten.stapOpslaan', stapInvoer(k, { status: 'lopend', start: null, eind: null })),
      'Een stap die loopt of voorbij is, heeft een startdatum.',
    );
    geweigerd(
      await invoke('kandidaten.stapOpslaan', stapInvoer(k, { status: 'bezig' })),
      'Kies een status uit de lijst.',
    );
    geweigerd(
      await invoke('kandidaten.stapOpslaan', stapInvoer(k, { urenPerWeek: 61 })),
      'kan niet meer dan 60 zijn',
    );
    for (const trede of [7, 0, 2.5, '3'])
      geweigerd(
        await invoke('kandidaten.meten', { kandidaatId: k, datum: '2026-01-05', trede, toelichting: null }),
        'Kies een trede van 1 tot en met 6.',
      );
    geweigerd(
      await invoke('kandidaten.planOpslaan', {
        kandidaatId: k,
        wensen: null,
        eigenWoorden: null,
        belemmeringen: [
          { soort: 'schulden', status: 'open', toelichting: null },
          { soort: 'schulden', status: 'opgelost', toelichting: null },
        ],
        mogelijkheden: null,
        vaardigheden: null,
        scholing: null,
        doel: null,
        tussenstappen: null,
        vasteBegeleiderHelpt: null,
      }),
      'Een belemmering staat twee keer in het plan.',
    );
    geweigerd(
      await invoke('kandidaten.uitstroomOpslaan', {
        kandidaatId: k,
        soort: 'pensioen',
        datum: '2026-07-01',
        toelichting: null,
        na6Maanden: null,
        na12Maanden: null,
      }),
      'Kies een uitstroom uit de lijst.',
    );
    geweigerd(
      await invoke('kandidaten.terugval', {
        kandidaatId: k,
        datum: '2026-07-01',
        reden: '  ',
        volgendeStap: null,
      }),
      'Vul de reden in.',
    );
    geweigerd(
      await invoke('kandidaten.bewaartermijnInstellen', { maanden: 0 }),
      'De bewaartermijn is minstens 1 maand.',
    );
    geweigerd(
      await invoke('kandidaten.bewaartermijnInstellen', { maanden: 241 }),
      'De bewaartermijn is hoogstens 240 maanden (20 jaar).',
    );
    // A refusal of the repository (a terugval without outcome) reaches the screen in Dutch too.
    geweigerd(
      await invoke('kandidaten.terugval', {
        kandidaatId: k,
        datum: '2026-07-01',
        reden: 'Reden',
        volgendeStap: null,
      }),
      'Een terugval volgt op een uitstroom; leg eerst de uitstroom vast.',
    );

    expect(tel('kandidaat')).toBe(1);
    expect(tel('leerlijn_stap')).toBe(0);
    expect(tel('ladder_meting')).toBe(0);
    expect(tel('kandidaat_plan')).toBe(0);
    expect(tel('uitstroom')).toBe(0);
    expect(tel('terugval')).toBe(0);
    expect(tel('wijziging')).toBe(wijzigingen);
    await session.shutdown();
  });

  it('a duplicate step in the new order is refused at the door; the repository refuses a wrong set', async () => {
    const { session, invoke, data, kandidaat, stapInvoer } = await opzet();
    const k = kandidaat.id;
    await data('kandidaten.stapOpslaan', stapInvoer(k, { status: 'gepland', start: null, eind: null }));
    const dossier = await data<KandidaatDossier>(
      'kandidaten.stapOpslaan',
      stapInvoer(k, { status: 'gepland', start: null, eind: null }),
    );
    const [a, b] = dossier.stappen.map((s) => s.id) as [string, string];
    geweigerd(
      await invoke('kandidaten.stapVolgorde', { kandidaatId: k, stapIds: [a, a] }),
      'Een stap staat twee keer in de volgorde.',
    );
    geweigerd(
      await invoke('kandidaten.stapVolgorde', { kandidaatId: k, stapIds: [a] }),
      'De volgorde past niet bij de stappen van deze kandidaat; vernieuw het scherm en probeer het opnieuw.',
    );
    const na = await data<KandidaatDossier>('kandidaten.stapVolgorde', { kandidaatId: k, stapIds: [b, a] });
    expect(na.stappen.map((s) => s.id)).toEqual([b, a]);
    await session.shutdown();
  });
});

describe('groepen.plaatsen: several candidates into a group in one write', () => {
  it('moves the selection, counts only those that changed group, and logs one line naming how many', async () => {
    const { session, data, invoke, kandidaat, kandidaatInvoer, groep, path } = await opzet();
    const a = await groep('Oosterschelde-3');
    const b = await groep('Oosterschelde-4');
    const tweede = await data<Kandidaat>('kandidaten.opslaan', kandidaatInvoer({ groepId: b.id }));
    const derde = await data<Kandidaat>('kandidaten.opslaan', kandidaatInvoer());
    const ids = [kandidaat.id, tweede.id, derde.id];

    expect(await invoke('groepen.plaatsen', { groepId: a.id, kandidaatIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('minstens één kandidaat') },
    });
    expect(
      await invoke('groepen.plaatsen', { groepId: a.id, kandidaatIds: [kandidaat.id, kandidaat.id] }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('twee keer') } });
    // One unknown id refuses the whole selection: nobody moves.
    const onbekend = '01900000-0000-7000-8000-000000000000';
    expect(
      await invoke('groepen.plaatsen', { groepId: a.id, kandidaatIds: [kandidaat.id, onbekend] }),
    ).toMatchObject({ ok: false, error: { code: 'ONGELDIGE_INVOER' } });
    expect(
      (await data<GroepOverzicht>('groepen.overzicht', { id: a.id, metNamen: false })).kandidaten,
    ).toEqual([]);

    const eerst = await data<{ groep: Groep; geplaatst: number }>('groepen.plaatsen', {
      groepId: a.id,
      kandidaatIds: ids,
    });
    expect(eerst).toMatchObject({ geplaatst: 3, groep: { naam: 'Oosterschelde-3', kandidaten: 3 } });
    // Again: all three are already there, so nothing changes group.
    const nogmaals = await data<{ geplaatst: number }>('groepen.plaatsen', {
      groepId: a.id,
      kandidaatIds: ids,
    });
    expect(nogmaals.geplaatst).toBe(0);
    await session.shutdown();

    const raw = await openRaw(path);
    try {
      expect(
        raw.exec(
          `SELECT COUNT(*) FROM kandidaat WHERE groep_id = '${a.id}' AND id IN ('${ids.join("','")}')`,
        )[0]?.values[0]?.[0],
      ).toBe(3);
      expect(scalar(raw, `SELECT COUNT(*) FROM kandidaat WHERE groep_id = '${b.id}'`)).toBe(0);
      const regels = raw.exec(
        "SELECT omschrijving, object_id FROM wijziging WHERE omschrijving LIKE '%in groep geplaatst'",
      )[0]?.values;
      expect(regels).toEqual([
        ['3 kandidaten in groep geplaatst', a.id],
        ['0 kandidaten in groep geplaatst', a.id],
      ]);
    } finally {
      raw.close();
    }
  });
});

describe('groepen.terugplaatsen: undo of a placement', () => {
  it('puts each candidate back where they stood (another group or none), and refuses once one was moved since', async () => {
    const { data, invoke, kandidaatInvoer, groep, db } = await opzet();
    const a = await groep('Schouwen-1');
    const b = await groep('Schouwen-2');
    const uitB = await data<Kandidaat>('kandidaten.opslaan', kandidaatInvoer({ groepId: b.id }));
    const zonder = await data<Kandidaat>('kandidaten.opslaan', kandidaatInvoer());
    const inA = await data<Kandidaat>('kandidaten.opslaan', kandidaatInvoer({ groepId: a.id }));
    const groepVan = (id: string) =>
      db().get<{ g: string | null }>('SELECT groep_id AS g FROM kandidaat WHERE id = ?', [id])?.g;

    const r = await data<{ geplaatst: number; vorige: { kandidaatId: string; groepId: string | null }[] }>(
      'groepen.plaatsen',
      { groepId: a.id, kandidaatIds: [uitB.id, zonder.id, inA.id] },
    );
    // Only those who moved have a way back; the one already in the group has none.
    expect(r.geplaatst).toBe(2);
    expect(r.vorige).toEqual(
      expect.arrayContaining([
        { kandidaatId: uitB.id, groepId: b.id },
        { kandidaatId: zonder.id, groepId: null },
      ]),
    );
    expect(r.vorige).toHaveLength(2);

    expect(await data('groepen.terugplaatsen', { groepId: a.id, vorige: r.vorige })).toEqual({
      teruggezet: 2,
    });
    expect([groepVan(uitB.id), groepVan(zonder.id), groepVan(inA.id)]).toEqual([b.id, null, a.id]);

    // Placed again, then one of them moved on by hand: the undo would overwrite that, so it is refused.
    const weer = await data<{ vorige: { kandidaatId: string; groepId: string | null }[] }>(
      'groepen.plaatsen',
      {
        groepId: a.id,
        kandidaatIds: [uitB.id, zonder.id],
      },
    );
    await data('groepen.plaatsen', { groepId: b.id, kandidaatIds: [zonder.id] });
    expect(await invoke('groepen.terugplaatsen', { groepId: a.id, vorige: weer.vorige })).toMatchObject({
      ok: false,
      error: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('intussen verplaatst') },
    });
    expect([groepVan(uitB.id), groepVan(zonder.id)]).toEqual([a.id, b.id]);
  });
});

describe('kandidaten over IPC: privacy', () => {
  it('the dossier carries name and initials only when asked; a save without them keeps them', async () => {
    const { data, kandidaat, db, kandidaatInvoer } = await opzet();
    const zonder = await data<KandidaatDossier>('kandidaten.dossier', { id: kandidaat.id });
    expect(zonder.kandidaat).toMatchObject({ naam: null, initialen: null });
    expect(zonder.naamVerborgen).toBe(true);
    expect(JSON.stringify(zonder)).not.toContain('Wervelwind');
    // Answers to other changes on the page leave the name out as well.
    expect(JSON.stringify(kandidaat)).not.toContain('Wervelwind');
    const met = await data<KandidaatDossier>('kandidaten.dossier', { id: kandidaat.id, metNamen: true });
    expect(met.kandidaat).toMatchObject({ naam: NAAM, initialen: 'O.W.' });
    expect(met.naamVerborgen).toBe(false);

    // Edited with names off: name and initials are not sent, so they stay as stored.
    const { naam: _n, initialen: _i, ...zonderNaam } = kandidaatInvoer({ status: 'uitgestroomd' });
    await data('kandidaten.opslaan', { id: kandidaat.id, ...zonderNaam });
    expect(db().get('SELECT naam, initialen, status FROM kandidaat WHERE id = ?', [kandidaat.id])).toEqual({
      naam: NAAM,
      initialen: 'O.W.',
      status: 'uitgestroomd',
    });
    // An explicit null clears them.
    await data('kandidaten.opslaan', { id: kandidaat.id, ...zonderNaam, naam: null, initialen: null });
    expect(db().get('SELECT naam, initialen FROM kandidaat WHERE id = ?', [kandidaat.id])).toEqual({
      naam: null,
      initialen: null,
    });
  });

  it("'kandidaten.lijst' and the group overview carry names only when asked for", async () => {
    const { session, data, kandidaat, kandidaatInvoer, groep: maakGroep } = await opzet();
    const groep = await maakGroep('Groep 1 – maart', { startdatum: '2026-03-01' });
    await data('kandidaten.opslaan', { ...kandidaatInvoer({ groepId: groep.id }), id: kandidaat.id });
    const zonder = await data<KandidaatRegel[]>('kandidaten.lijst', { metNamen: false });
    expect(zonder).toHaveLength(1);
    expect(zonder[0]).toMatchObject({
      code: kandidaat.code,
      naam: null,
      initialen: null,
      groep: 'Groep 1 – maart',
    });
    expect(JSON.stringify(zonder)).not.toContain('Wervelwind');
    expect(JSON.stringify(zonder)).not.toContain('O.W.');
    const met = await data<KandidaatRegel[]>('kandidaten.lijst', { metNamen: true });
    expect(met[0]).toMatchObject({ naam: NAAM, initialen: 'O.W.' });
    const overzicht = await data<GroepOverzicht>('groepen.overzicht', { id: groep.id, metNamen: false });
    expect(overzicht.kandidaten.map((r) => [r.code, r.naam])).toEqual([[kandidaat.code, null]]);
    expect(JSON.stringify(overzicht)).not.toContain('Wervelwind');
    await session.shutdown();
  });

  it('avgVerwijderen with the wrong code is refused and deletes nothing; the right code erases the person', async () => {
    const { session, invoke, data, kandidaat, stapInvoer } = await opzet();
    await data('kandidaten.stapOpslaan', stapInvoer(kandidaat.id));
    const fout = await invoke('kandidaten.avgVerwijderen', { id: kandidaat.id, bevestiging: 'K-AAAA' });
    expect(fout).toEqual({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message: `Typ de code ${kandidaat.code} om te bevestigen; er is niets verwijderd.`,
      },
    });
    expect((await data<KandidaatDossier>('kandidaten.dossier', { id: kandidaat.id })).stappen).toHaveLength(
      1,
    );
    expect(
      await data('kandidaten.avgVerwijderen', { id: kandidaat.id, bevestiging: kandidaat.code }),
    ).toBeNull();
    expect(await invoke('kandidaten.dossier', { id: kandidaat.id })).toEqual({
      ok: false,
      error: { code: 'NIET_GEVONDEN', message: 'Deze kandidaat bestaat niet (meer).' },
    });
    expect(await data<KandidaatRegel[]>('kandidaten.lijst', { metNamen: true })).toEqual([]);
    await session.shutdown();
  });

  it('the audit trail records every kind of change but never the candidate’s name or code', async () => {
    const { session, data, kandidaat, kandidaatInvoer, stapInvoer, groep, path } = await opzet();
    const k = kandidaat.id;
    await groep('Groep 2');
    await data('kandidaten.opslaan', { ...kandidaatInvoer({ klantmanager: 'K. Manager' }), id: k });
    await data('kandidaten.planOpslaan', {
      kandidaatId: k,
      wensen: `${NAAM} wil in de zorg werken.`,
      eigenWoorden: null,
      belemmeringen: [{ soort: 'medisch', status: 'open', toelichting: 'Rugklachten.' }],
      mogelijkheden: null,
      vaardigheden: null,
      scholing: null,
      doel: null,
      tussenstappen: null,
      vasteBegeleiderHelpt: true,
    });
    const d = await data<KandidaatDossier>(
      'kandidaten.stapOpslaan',
      stapInvoer(k, { resultaat: 'Goed gedaan.' }),
    );
    // 4_000_000 × 24/36 × 6/12 = 1_333_333.33 → 1_333_333 cents, credited through the leerlijn.
    expect(d.stappen[0]).toMatchObject({ waardeCent: 1_333_333, organisatie: 'Zorggroep Proef' });
    await data('kandidaten.stapOpslaan', {
      ...stapInvoer(k, { resultaat: 'Heel goed gedaan.' }),
      id: d.stappen[0]?.id,
    });
    await data('kandidaten.meten', {
      kandidaatId: k,
      datum: '2026-01-05',
      trede: 2,
      toelichting: 'Nulmeting',
    });
    await data('kandidaten.uitstroomOpslaan', {
      kandidaatId: k,
      soort: 'regulier_werk',
      datum: '2026-07-01',
      toelichting: null,
      na6Maanden: null,
      na12Maanden: null,
    });
    const na = await data<KandidaatDossier>('kandidaten.terugval', {
      kandidaatId: k,
      datum: '2026-08-01',
      reden: 'Contract niet verlengd.',
      volgendeStap: null,
    });
    expect(na.kandidaat.status).toBe('actief');
    expect(await data<BewaarOverzicht>('kandidaten.bewaartermijnInstellen', { maanden: 36 })).toMatchObject({
      maanden: 36,
    });
    await data('kandidaten.avgVerwijderen', { id: k, bevestiging: kandidaat.code });
    await session.shutdown();

    const raw = await openRaw(path);
    try {
      const regels = (raw.exec('SELECT soort, omschrijving FROM wijziging ORDER BY created_at, rowid')[0]
        ?.values ?? []) as [string, string][];
      const omschrijvingen = regels.map(([, o]) => o);
      expect(omschrijvingen).toEqual(
        expect.arrayContaining([
          'Kandidaat toegevoegd',
          'Kandidaat gewijzigd',
          'Persoonlijk plan gewijzigd',
          'Leerlijnstap toegevoegd',
          'Leerlijnstap gewijzigd',
          'Meting op de participatieladder toegevoegd',
          'Uitstroom vastgelegd',
          'Terugval vastgelegd',
          'Bewaartermijn gewijzigd',
          'Kandidaat verwijderd (AVG)',
        ]),
      );
      const alles = JSON.stringify(raw.exec('SELECT * FROM wijziging')[0]?.values);
      for (const spoor of [NAAM, 'Wervelwind', 'O.W.', kandidaat.code, kandidaat.code.toLowerCase()])
        expect(alles).not.toContain(spoor);
      expect(scalar(raw, 'SELECT COUNT(*) FROM kandidaat')).toBe(0);
      expect(
        scalar(raw, "SELECT COUNT(*) FROM realisatie WHERE bron = 'leerlijn' AND waarde_cent = 1333333"),
      ).toBe(1);
    } finally {
      raw.close();
    }
  });
});
