import { beforeAll, describe, expect, it } from 'vitest';
import { groepOverzicht } from '../../electron/main/services/groepen';
import { getDossier, saveKandidaat } from '../../electron/main/services/kandidaten';
import { listStappen } from '../../electron/main/services/leerlijn';
import { getGroep, listGroepen, saveGroep } from '../../electron/main/store/repositories/groepen';
import { getKandidaat } from '../../electron/main/store/repositories/kandidaten';
import { listKandidaten } from '../../electron/main/store/repositories/kandidaten-lijst';
import { getPlan, savePlan } from '../../electron/main/store/repositories/plan';
import { listRealisaties } from '../../electron/main/store/repositories/realisaties';
import {
  deleteMeting,
  huidigeUitstroom,
  listMetingen,
  listTerugval,
  listUitstroom,
  saveMeting,
  saveTerugval,
  saveUitstroom,
} from '../../electron/main/store/repositories/voortgang';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import type { UitstroomInvoer } from '../../shared/api/schemas-kandidaten';
import { LEEG_PLAN } from '../../shared/domain/kandidaten';
import {
  codeVan,
  kandidaatGegevens,
  nieuweKandidaat,
  nieuweStap,
  planInvoer,
  telRijen,
} from './helpers/kandidaten';
import { aanbieder } from './helpers/sroi';
import { thrown } from './helpers/temp';
import { gemeenteId, regioDb, voorbeeldDb } from './helpers/werkgroep-db';

let SQL: Awaited<ReturnType<typeof loadSqlJs>>;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const ONBEKEND_ID = '01890a5d-ac96-774b-bcce-b302099a8057';
const CODE = /^K-[ACDEFGHJKLMNPQRTUVWXY34679]{4}$/;

// ---------------------------------------------------------------------------------------------
// Kandidaten
// ---------------------------------------------------------------------------------------------

describe('saveKandidaat', () => {
  it('generates a pseudonym of unambiguous characters, unique over many candidates', () => {
    const db = regioDb(SQL);
    const codes = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const id = nieuweKandidaat(db);
      const code = codeVan(db, id);
      expect(code).toMatch(CODE);
      codes.add(code);
    }
    expect(codes.size).toBe(300);
    // Random, not sequential: 300 codes use more than a handful of different first characters.
    expect(new Set([...codes].map((c) => c[2])).size).toBeGreaterThan(10);
  });

  it('stores every field and reads it back with the short gemeente name, group and coach organisation', () => {
    const db = regioDb(SQL);
    const zorg = aanbieder(db);
    const groep = saveGroep(db, {
      naam: 'Groep 1 – maart',
      startdatum: '2026-03-01',
      terugkoppeldatum: null,
      organisatieIds: [],
    });
    const gegevens = kandidaatGegevens({
      naam: 'Testpersoon Een',
      initialen: 'T.E.',
      gemeenteId: gemeenteId(db, 'Goes'),
      uitkering: 'wajong',
      klantmanager: 'K. Manager',
      begeleiderNaam: 'B. Uddy',
      begeleiderOrganisatieId: zorg,
      groepId: groep,
      startdatum: '2026-03-01',
      status: 'aangemeld',
      bonussen: ['statushouder', 'vijftig_plus'],
    });
    const id = saveKandidaat(db, gegevens);
    const k = getKandidaat(db, id);
    expect(k).toEqual({
      ...gegevens,
      id,
      code: expect.stringMatching(CODE),
      gemeente: 'Goes',
      groep: 'Groep 1 – maart',
      begeleiderOrganisatie: 'Zorggroep Proef',
    });
    // Updating keeps the code.
    expect(saveKandidaat(db, { ...gegevens, status: 'actief', naam: null }, id)).toBe(id);
    expect(getKandidaat(db, id)).toMatchObject({ code: k.code, status: 'actief', naam: null });
    expect(thrown(() => getKandidaat(db, ONBEKEND_ID))).toMatchObject({
      code: 'NIET_GEVONDEN',
      message: 'Deze kandidaat bestaat niet (meer).',
    });
    expect(thrown(() => saveKandidaat(db, gegevens, ONBEKEND_ID))).toMatchObject({ code: 'NIET_GEVONDEN' });
  });

  it('uses a given code (import) and refuses one that is taken, also in other case', () => {
    const db = regioDb(SQL);
    const id = nieuweKandidaat(db, {}, 'K-AAAA');
    expect(codeVan(db, id)).toBe('K-AAAA');
    for (const code of ['K-AAAA', 'k-aaaa'])
      expect(thrown(() => nieuweKandidaat(db, {}, code))).toMatchObject({
        code: 'ONGELDIGE_INVOER',
        message: `Er is al een kandidaat met de code ${code}.`,
      });
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM kandidaat')).toBe(1);
  });

  it('refuses a gemeente that is not a gemeente, an unknown coach organisation or group, in Dutch', () => {
    const db = regioDb(SQL);
    const zorg = aanbieder(db);
    expect(thrown(() => nieuweKandidaat(db, { gemeenteId: zorg }))).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Kies als gemeente een gemeente uit de lijst.',
    });
    expect(thrown(() => nieuweKandidaat(db, { gemeenteId: ONBEKEND_ID }))).toMatchObject({
      message: 'Kies als gemeente een gemeente uit de lijst.',
    });
    expect(thrown(() => nieuweKandidaat(db, { begeleiderOrganisatieId: ONBEKEND_ID }))).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'De organisatie van de begeleider bestaat niet (meer).',
    });
    expect(thrown(() => nieuweKandidaat(db, { groepId: ONBEKEND_ID }))).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'De groep bestaat niet (meer).',
    });
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM kandidaat')).toBe(0);
  });
});

describe('listKandidaten', () => {
  function lijstOpzet() {
    const db = regioDb(SQL);
    const zorg = aanbieder(db);
    const g1 = saveGroep(db, {
      naam: 'Groep A',
      startdatum: null,
      terugkoppeldatum: null,
      organisatieIds: [],
    });
    const g2 = saveGroep(db, {
      naam: 'Groep B',
      startdatum: null,
      terugkoppeldatum: null,
      organisatieIds: [],
    });
    const a = nieuweKandidaat(db, {
      naam: 'Anna Proef',
      initialen: 'A.P.',
      groepId: g1,
      gemeenteId: gemeenteId(db, 'Tholen'),
    });
    const b = nieuweKandidaat(db, {
      naam: 'Bart Proef',
      initialen: 'B.P.',
      groepId: g1,
      status: 'aangemeld',
    });
    const c = nieuweKandidaat(db, { naam: 'Cees Proef', groepId: g2 });
    return { db, zorg, g1, g2, a, b, c };
  }

  it('hides names and initials unless metNamen, and is sorted by code', () => {
    const { db, a, b, c } = lijstOpzet();
    const zonder = listKandidaten(db, { metNamen: false });
    expect(zonder).toHaveLength(3);
    expect(zonder.every((r) => r.naam === null && r.initialen === null)).toBe(true);
    expect(JSON.stringify(zonder)).not.toMatch(/Proef|A\.P\.|B\.P\./);
    const codes = zonder.map((r) => r.code);
    expect(codes).toEqual([...codes].sort((x, y) => x.localeCompare(y)));
    const met = listKandidaten(db, { metNamen: true });
    expect(Object.fromEntries(met.map((r) => [r.id, [r.naam, r.initialen]]))).toEqual({
      [a]: ['Anna Proef', 'A.P.'],
      [b]: ['Bart Proef', 'B.P.'],
      [c]: ['Cees Proef', null],
    });
    expect(met.find((r) => r.id === a)).toMatchObject({
      gemeente: 'Tholen',
      groep: 'Groep A',
      status: 'actief',
    });
  });

  it('filters by group and by status', () => {
    const { db, g1, g2, a, b, c } = lijstOpzet();
    const ids = (f: Parameters<typeof listKandidaten>[1]) =>
      listKandidaten(db, f)
        .map((r) => r.id)
        .sort();
    expect(ids({ metNamen: false, groepId: g1 })).toEqual([a, b].sort());
    expect(ids({ metNamen: false, groepId: g2 })).toEqual([c]);
    expect(ids({ metNamen: false, status: 'aangemeld' })).toEqual([b]);
    expect(ids({ metNamen: false, groepId: g1, status: 'actief' })).toEqual([a]);
    expect(ids({ metNamen: false, groepId: g2, status: 'aangemeld' })).toEqual([]);
  });

  it('shows the current step and its organisation, the rung at start and now, and the outcome that holds', () => {
    const { db, zorg, a, b, c } = lijstOpzet();
    nieuweStap(db, a, 'intake', {
      organisatieId: zorg,
      start: '2026-01-05',
      eind: '2026-01-18',
      urenPerWeek: 4,
      status: 'afgerond',
    });
    nieuweStap(db, a, 'bbl', { status: 'gepland' });
    nieuweStap(db, a, 'werkervaringsplaats', { organisatieId: zorg, start: '2026-02-01', status: 'lopend' });
    // Measurements out of order: the earliest (2) is the start, the latest (4) is now.
    saveMeting(db, { kandidaatId: a, datum: '2026-03-01', trede: 4, toelichting: null });
    saveMeting(db, { kandidaatId: a, datum: '2026-01-01', trede: 2, toelichting: 'Nulmeting' });
    saveMeting(db, { kandidaatId: a, datum: '2026-02-01', trede: 3, toelichting: null });
    nieuweStap(db, b, 'intake', { status: 'gepland' });
    saveUitstroom(db, uitstroom(c, 'regulier_werk', '2026-05-01'));
    const regels = Object.fromEntries(listKandidaten(db, { metNamen: false }).map((r) => [r.id, r]));
    expect(regels[a]).toMatchObject({
      huidigeStap: 'Werkervaringsplaats',
      huidigeStapOrganisatie: 'Zorggroep Proef',
      tredeStart: 2,
      tredeNu: 4,
      uitstroom: null,
    });
    expect(regels[b]).toMatchObject({
      huidigeStap: 'Intake en screening',
      huidigeStapOrganisatie: null,
      tredeStart: null,
      tredeNu: null,
    });
    expect(regels[c]).toMatchObject({
      huidigeStap: null,
      uitstroom: 'regulier_werk',
      status: 'uitgestroomd',
    });
    // After a fallback the outcome no longer holds.
    saveTerugval(db, {
      kandidaatId: c,
      datum: '2026-07-01',
      reden: 'Contract niet verlengd.',
      volgendeStap: null,
    });
    expect(listKandidaten(db, { metNamen: false }).find((r) => r.id === c)).toMatchObject({
      uitstroom: null,
      status: 'actief',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Persoonlijk plan
// ---------------------------------------------------------------------------------------------

describe('persoonlijk plan', () => {
  it('an empty plan before one is written; saving stores and replaces it, barriers in the given order', () => {
    const db = regioDb(SQL);
    const k = nieuweKandidaat(db);
    expect(getPlan(db, k)).toEqual(LEEG_PLAN);
    const plan = planInvoer(k, {
      wensen: 'Werken met dieren.',
      eigenWoorden: 'Ik wil iets doen waar ik trots op ben.',
      belemmeringen: [
        { soort: 'vervoer', status: 'open', toelichting: 'Geen rijbewijs.' },
        { soort: 'schulden', status: 'mee_bezig', toelichting: 'Bewindvoering loopt.' },
      ],
      mogelijkheden: 'Handig, punctueel.',
      vaardigheden: 'Heftruckcertificaat',
      scholing: 'VCA',
      doel: 'Betaald werk in een dierenpension',
      tussenstappen: 'Eerst vrijwilligerswerk.',
      vasteBegeleiderHelpt: false,
    });
    savePlan(db, plan);
    const { kandidaatId: _, ...verwacht } = plan;
    expect(getPlan(db, k)).toEqual(verwacht);
    // Saving again replaces it: one plan row, the old barriers are deleted outright (not tombstoned).
    savePlan(
      db,
      planInvoer(k, {
        wensen: 'Werken in een tuin.',
        belemmeringen: [{ soort: 'taal', status: 'opgelost', toelichting: null }],
        vasteBegeleiderHelpt: true,
      }),
    );
    expect(getPlan(db, k)).toEqual({
      ...LEEG_PLAN,
      wensen: 'Werken in een tuin.',
      belemmeringen: [{ soort: 'taal', status: 'opgelost', toelichting: null }],
      vasteBegeleiderHelpt: true,
    });
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM kandidaat_plan WHERE kandidaat_id = ?', [k])).toBe(1);
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM kandidaat_belemmering')).toBe(1);
    expect(
      telRijen(db, `SELECT COUNT(*) AS n FROM kandidaat_belemmering WHERE toelichting LIKE '%Bewind%'`),
    ).toBe(0);
    // Another candidate's plan is separate.
    const ander = nieuweKandidaat(db);
    expect(getPlan(db, ander)).toEqual(LEEG_PLAN);
  });
});

// ---------------------------------------------------------------------------------------------
// Voortgang: ladder, uitstroom, terugval
// ---------------------------------------------------------------------------------------------

const uitstroom = (
  kandidaatId: string,
  soort: UitstroomInvoer['soort'],
  datum: string,
  over: Partial<UitstroomInvoer> = {},
): UitstroomInvoer => ({
  kandidaatId,
  soort,
  datum,
  toelichting: null,
  na6Maanden: null,
  na12Maanden: null,
  ...over,
});

describe('participatieladder', () => {
  it('measurements are added, corrected and deleted (tombstone), in date order; the dossier shows the movement', () => {
    const db = regioDb(SQL);
    const k = nieuweKandidaat(db);
    const ander = nieuweKandidaat(db);
    saveMeting(db, { kandidaatId: k, datum: '2026-04-01', trede: 5, toelichting: null });
    saveMeting(db, { kandidaatId: k, datum: '2026-01-01', trede: 2, toelichting: 'Nulmeting' });
    saveMeting(db, { kandidaatId: ander, datum: '2026-01-01', trede: 6, toelichting: null });
    const metingen = listMetingen(db, k);
    expect(metingen.map((m) => [m.datum, m.trede, m.toelichting])).toEqual([
      ['2026-01-01', 2, 'Nulmeting'],
      ['2026-04-01', 5, null],
    ]);
    expect(getDossier(db, k).beweging).toEqual({ start: 2, nu: 5, verschil: 3 });
    const [nul, later] = metingen as [(typeof metingen)[0], (typeof metingen)[0]];
    // Correct the later one: 5 → 4.
    saveMeting(db, {
      id: later.id,
      kandidaatId: k,
      datum: '2026-04-01',
      trede: 4,
      toelichting: 'Gecorrigeerd',
    });
    expect(getDossier(db, k).beweging).toEqual({ start: 2, nu: 4, verschil: 2 });
    expect(
      thrown(() =>
        saveMeting(db, {
          id: later.id,
          kandidaatId: ander,
          datum: '2026-04-01',
          trede: 4,
          toelichting: null,
        }),
      ),
    ).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Deze meting hoort bij een andere kandidaat.',
    });
    expect(deleteMeting(db, later.id)).toBe(k);
    expect(getDossier(db, k).metingen).toEqual([
      { id: nul.id, datum: '2026-01-01', trede: 2, toelichting: 'Nulmeting' },
    ]);
    expect(getDossier(db, k).beweging).toEqual({ start: 2, nu: 2, verschil: null });
    // The row (and its note) is gone; a tombstone keeps only the id and the times.
    expect(db.get('SELECT id FROM ladder_meting WHERE id = ?', [later.id])).toBeUndefined();
    expect(db.get('SELECT tabel, deleted_at FROM verwijderd WHERE id = ?', [later.id])).toEqual({
      tabel: 'ladder_meting',
      deleted_at: expect.any(String),
    });
    expect(thrown(() => deleteMeting(db, later.id))).toMatchObject({
      code: 'NIET_GEVONDEN',
      message: 'Deze meting bestaat niet (meer).',
    });
    expect(
      thrown(() =>
        saveMeting(db, { kandidaatId: ONBEKEND_ID, datum: '2026-01-01', trede: 1, toelichting: null }),
      ),
    ).toMatchObject({
      code: 'NIET_GEVONDEN',
    });
  });
});

describe('uitstroom en terugval', () => {
  it('an outcome ends the trajectory: uitgestroomd with its date; uitgevallen and verhuisd mean gestopt', () => {
    const db = regioDb(SQL);
    const werk = nieuweKandidaat(db);
    saveUitstroom(db, uitstroom(werk, 'regulier_werk', '2026-05-01', { toelichting: 'Bij een hovenier.' }));
    expect(getKandidaat(db, werk)).toMatchObject({ status: 'uitgestroomd', einddatum: '2026-05-01' });
    expect(huidigeUitstroom(db, werk)).toMatchObject({
      soort: 'regulier_werk',
      datum: '2026-05-01',
      toelichting: 'Bij een hovenier.',
    });
    for (const soort of ['uitgevallen', 'verhuisd'] as const) {
      const k = nieuweKandidaat(db);
      saveUitstroom(db, uitstroom(k, soort, '2026-06-01'));
      expect(getKandidaat(db, k)).toMatchObject({ status: 'gestopt', einddatum: '2026-06-01' });
    }
    // The follow-up checks are recorded on the outcome.
    const [u] = listUitstroom(db, werk);
    saveUitstroom(
      db,
      uitstroom(werk, 'regulier_werk', '2026-05-01', { id: u?.id, na6Maanden: true, na12Maanden: false }),
    );
    expect(listUitstroom(db, werk)).toEqual([
      {
        id: u?.id,
        soort: 'regulier_werk',
        datum: '2026-05-01',
        toelichting: null,
        na6Maanden: true,
        na12Maanden: false,
      },
    ]);
    expect(
      thrown(() =>
        saveUitstroom(db, uitstroom(nieuweKandidaat(db), 'regulier_werk', '2026-05-01', { id: u?.id })),
      ),
    ).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Deze uitstroom hoort bij een andere kandidaat.',
    });
  });

  it('a fallback puts the candidate back in a trajectory and keeps the outcome in the history', () => {
    const db = regioDb(SQL);
    const k = nieuweKandidaat(db);
    saveUitstroom(db, uitstroom(k, 'beschut_werk', '2026-03-01'));
    saveTerugval(db, {
      kandidaatId: k,
      datum: '2026-04-15',
      reden: 'Te veel prikkels op de werkplek.',
      volgendeStap: 'Terug naar dagbesteding.',
    });
    expect(getKandidaat(db, k)).toMatchObject({ status: 'actief', einddatum: null });
    expect(huidigeUitstroom(db, k)).toBeNull();
    const dossier = getDossier(db, k);
    expect(dossier.uitstroom.map((u) => [u.soort, u.datum])).toEqual([['beschut_werk', '2026-03-01']]);
    expect(dossier.terugval).toEqual([
      {
        id: expect.any(String),
        datum: '2026-04-15',
        reden: 'Te veel prikkels op de werkplek.',
        volgendeStap: 'Terug naar dagbesteding.',
      },
    ]);
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM uitstroom WHERE deleted_at IS NULL')).toBe(1);
    // A fallback on the same day as the outcome is allowed.
    saveUitstroom(db, uitstroom(k, 'regulier_werk', '2026-09-01'));
    expect(getKandidaat(db, k)).toMatchObject({ status: 'uitgestroomd', einddatum: '2026-09-01' });
    expect(huidigeUitstroom(db, k)?.soort).toBe('regulier_werk');
    saveTerugval(db, { kandidaatId: k, datum: '2026-09-01', reden: 'Toch niet.', volgendeStap: null });
    expect(getKandidaat(db, k)).toMatchObject({ status: 'actief', einddatum: null });
    expect(huidigeUitstroom(db, k)).toBeNull();
    expect(getDossier(db, k).uitstroom).toHaveLength(2);
    expect(getDossier(db, k).terugval).toHaveLength(2);
  });

  it('a fallback without an outcome, or dated before the latest outcome, is refused in Dutch', () => {
    const db = regioDb(SQL);
    const k = nieuweKandidaat(db);
    expect(
      thrown(() => saveTerugval(db, { kandidaatId: k, datum: '2026-04-15', reden: 'x', volgendeStap: null })),
    ).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'Een terugval volgt op een uitstroom; leg eerst de uitstroom vast.',
    });
    saveUitstroom(db, uitstroom(k, 'regulier_werk', '2026-05-01'));
    expect(
      thrown(() => saveTerugval(db, { kandidaatId: k, datum: '2026-04-30', reden: 'x', volgendeStap: null })),
    ).toMatchObject({
      code: 'ONGELDIGE_INVOER',
      message: 'De terugval ligt voor de laatste uitstroom; kies een latere datum.',
    });
    expect(listTerugval(db, k)).toEqual([]);
    expect(getKandidaat(db, k)).toMatchObject({ status: 'uitgestroomd', einddatum: '2026-05-01' });
    expect(
      thrown(() =>
        saveTerugval(db, { kandidaatId: ONBEKEND_ID, datum: '2026-06-01', reden: 'x', volgendeStap: null }),
      ),
    ).toMatchObject({
      code: 'NIET_GEVONDEN',
    });
  });

  it('huidigeUitstroom is the latest outcome unless a fallback came on or after it', () => {
    const db = regioDb(SQL);
    const k = nieuweKandidaat(db);
    expect(huidigeUitstroom(db, k)).toBeNull();
    saveUitstroom(db, uitstroom(k, 'opleiding', '2026-02-01'));
    saveUitstroom(db, uitstroom(k, 'regulier_werk', '2026-08-01'));
    expect(huidigeUitstroom(db, k)?.soort).toBe('regulier_werk');
    expect(getKandidaat(db, k).einddatum).toBe('2026-08-01');
  });
});

// ---------------------------------------------------------------------------------------------
// Groepen
// ---------------------------------------------------------------------------------------------

describe('groepen', () => {
  it('saves a group with its organisations, refuses a duplicate name, and shows its candidates', () => {
    const db = regioDb(SQL);
    const zorg = aanbieder(db);
    const tweede = aanbieder(db, 'Stichting Tweede');
    const id = saveGroep(db, {
      naam: 'Groep 1 – maart',
      startdatum: '2026-03-01',
      terugkoppeldatum: '2026-06-01',
      organisatieIds: [zorg, tweede],
    });
    expect(getGroep(db, id)).toEqual({
      id,
      naam: 'Groep 1 – maart',
      startdatum: '2026-03-01',
      terugkoppeldatum: '2026-06-01',
      organisatieIds: [tweede, zorg],
      organisaties: ['Stichting Tweede', 'Zorggroep Proef'],
      kandidaten: 0,
    });
    for (const naam of ['Groep 1 – maart', 'groep 1 – MAART'])
      expect(
        thrown(() => saveGroep(db, { naam, startdatum: null, terugkoppeldatum: null, organisatieIds: [] })),
      ).toMatchObject({ code: 'ONGELDIGE_INVOER', message: `Er is al een groep met de naam "${naam}".` });
    expect(
      thrown(() =>
        saveGroep(db, {
          naam: 'Groep 2',
          startdatum: null,
          terugkoppeldatum: null,
          organisatieIds: [ONBEKEND_ID],
        }),
      ),
    ).toMatchObject({ code: 'ONGELDIGE_INVOER', message: 'Een gekozen organisatie bestaat niet (meer).' });
    expect(listGroepen(db).map((g) => g.naam)).toEqual(['Groep 1 – maart']);
    // Renaming itself to the same name is fine; the organisations are replaced.
    saveGroep(db, {
      id,
      naam: 'Groep 1 – maart',
      startdatum: '2026-03-01',
      terugkoppeldatum: null,
      organisatieIds: [zorg],
    });
    expect(getGroep(db, id)).toMatchObject({ organisaties: ['Zorggroep Proef'], terugkoppeldatum: null });

    const a = nieuweKandidaat(db, { groepId: id, naam: 'Geheim Een' });
    const b = nieuweKandidaat(db, { groepId: id, naam: 'Geheim Twee' });
    nieuweKandidaat(db, { naam: 'Buiten de groep' });
    saveMeting(db, { kandidaatId: a, datum: '2026-03-02', trede: 3, toelichting: null });
    expect(getGroep(db, id).kandidaten).toBe(2);
    const overzicht = groepOverzicht(db, id, false);
    expect(overzicht.groep.id).toBe(id);
    expect(overzicht.kandidaten.map((r) => r.id).sort()).toEqual([a, b].sort());
    expect(overzicht.kandidaten.every((r) => r.naam === null)).toBe(true);
    expect(overzicht.kandidaten.find((r) => r.id === a)?.tredeNu).toBe(3);
    expect(
      groepOverzicht(db, id, true)
        .kandidaten.map((r) => r.naam)
        .sort(),
    ).toEqual(['Geheim Een', 'Geheim Twee']);
    expect(thrown(() => groepOverzicht(db, ONBEKEND_ID, false))).toMatchObject({ code: 'NIET_GEVONDEN' });
  });
});

// ---------------------------------------------------------------------------------------------
// The example werkgroep
// ---------------------------------------------------------------------------------------------

describe('the example werkgroep', () => {
  it('has two groups of five invented candidates with steps, measurements, outcomes, a fallback and realisations', () => {
    const db = voorbeeldDb(SQL, new Date('2026-06-15T12:00:00Z'));
    const groepen = listGroepen(db);
    expect(groepen.map((g) => g.kandidaten)).toEqual([5, 5]);
    const kandidaten = listKandidaten(db, { metNamen: true });
    expect(kandidaten).toHaveLength(10);
    for (const k of kandidaten) {
      expect(k.code).toMatch(CODE);
      const dossier = getDossier(db, k.id);
      expect(dossier.stappen.length).toBeGreaterThan(0);
      expect(dossier.metingen.length).toBeGreaterThan(0);
    }
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM uitstroom')).toBeGreaterThanOrEqual(1);
    expect(telRijen(db, 'SELECT COUNT(*) AS n FROM terugval')).toBeGreaterThanOrEqual(1);
    const leerlijn = listRealisaties(db).filter((r) => r.bron === 'leerlijn');
    expect(leerlijn.length).toBeGreaterThan(0);
    expect(leerlijn.reduce((s, r) => s + r.waardeCent, 0)).toBeGreaterThan(0);
    // Every finished step at a non-gemeente with a valued option has its realisation.
    const stappen = listStappen(db);
    expect(stappen.filter((s) => s.realisatieId !== null)).toHaveLength(leerlijn.length);
    // Statuses agree with the history: one outcome, one fallback.
    const status = Object.fromEntries(kandidaten.map((k) => [k.naam, [k.status, k.uitstroom]]));
    expect(status['Henk Denkbeeld']).toEqual(['uitgestroomd', 'regulier_werk']);
    expect(status['Nico Fictief']).toEqual(['actief', null]);
    expect(status['Dirk Verzinsel']?.[0]).toBe('aangemeld');
  });
});
