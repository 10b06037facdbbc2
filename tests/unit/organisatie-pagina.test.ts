import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { organisatiePagina } from '../../electron/main/services/organisatie-pagina';
import type { Db } from '../../electron/main/store/database';
import { listContracten, sroiOverzicht } from '../../electron/main/store/repositories/contracten';
import { listOrganisaties, setArchived } from '../../electron/main/store/repositories/organisaties';
import { loadSqlJs } from '../../electron/main/store/sqljs';
import { organisatiePaginaInvoer } from '../../shared/api/schemas';
import type { Contract, SroiRegel } from '../../shared/domain/contracten';
import {
  contractenVan,
  sroiRegelVan,
  stapAantallenPerOrganisatie,
} from '../../shared/domain/organisatie-pagina';
import type { Organisatie } from '../../shared/domain/organisaties';
import { ditJaar } from '../../shared/klok';
import { thrown } from './helpers/temp';
import { voorbeeldDb } from './helpers/werkgroep-db';

let SQL: SqlJsStatic;
let db: Db;
beforeAll(async () => {
  SQL = await loadSqlJs();
  db = voorbeeldDb(SQL);
});

const alle = () => listOrganisaties(db, { metGearchiveerd: true });
const metNaam = (deel: string): Organisatie => {
  const o = alle().find((x) => x.naam.includes(deel));
  if (!o) throw new Error(`Geen organisatie met "${deel}" in het voorbeeld.`);
  return o;
};
const SCHELPENBANK = 'Schelpenbank';

describe('organisatiePagina on the example werkgroep (real sql.js database)', () => {
  test.each([ditJaar() - 1, ditJaar(), ditJaar() + 1])(
    'the SROI figures of every organisation equal its row of the SROI overview of %i',
    (jaar) => {
      const overzicht = sroiOverzicht(db, `${jaar}-01-01`, `${jaar}-12-31`);
      let metRegel = 0;
      for (const o of alle()) {
        const { sroi } = organisatiePagina(db, o.id, { metNamen: false, jaar });
        const rij: SroiRegel | undefined = (
          o.soort === 'gemeente' ? overzicht.perGemeente : overzicht.perOpdrachtnemer
        ).find((r) => r.id === o.id);
        expect(sroi.jaar).toBe(jaar);
        expect(sroi.kant).toBe(o.soort === 'gemeente' ? 'gemeente' : 'nemer');
        expect(sroi.regel).toEqual(rij ?? null);
        if (rij) metRegel += 1;
      }
      // Not a comparison of empty with empty: in the example's own year both sides have figures.
      if (jaar === ditJaar()) expect(metRegel).toBeGreaterThan(3);
    },
  );

  test("a provider's page shows the same obligation and realisation as the overview's line for it", () => {
    const o = metNaam(SCHELPENBANK);
    const jaar = ditJaar();
    const { sroi } = organisatiePagina(db, o.id, { metNamen: false, jaar });
    const rij = sroiOverzicht(db, `${jaar}-01-01`, `${jaar}-12-31`).perOpdrachtnemer.find(
      (r) => r.id === o.id,
    );
    expect(rij?.verplichtingCent).toBeGreaterThan(0);
    expect(sroi.regel?.verplichtingCent).toBe(rij?.verplichtingCent);
    expect(sroi.regel?.gerealiseerdCent).toBe(rij?.gerealiseerdCent);
  });

  test('steps name candidates by code only, unless names are asked for', () => {
    const o = metNaam(SCHELPENBANK);
    const zonder = organisatiePagina(db, o.id, { metNamen: false, jaar: ditJaar() }).stappen;
    const met = organisatiePagina(db, o.id, { metNamen: true, jaar: ditJaar() }).stappen;
    const inDb = db.all<{ id: string; code: string; naam: string | null }>(
      `SELECT s.id, k.code, k.naam FROM leerlijn_stap s JOIN kandidaat k ON k.id = s.kandidaat_id
        WHERE s.organisatie_id = ? AND s.deleted_at IS NULL`,
      [o.id],
    );
    expect(inDb.length).toBeGreaterThan(0);
    expect(zonder.map((s) => s.id).sort()).toEqual(inDb.map((s) => s.id).sort());
    expect(zonder.every((s) => s.kandidaatNaam === null)).toBe(true);
    expect(JSON.stringify(zonder)).not.toContain(inDb.find((s) => s.naam)?.naam ?? '∅');
    for (const s of met) expect(s.kandidaatNaam).toBe(inDb.find((r) => r.id === s.id)?.naam ?? null);
    expect(met.map((s) => s.kandidaatCode).sort()).toEqual(inDb.map((s) => s.code).sort());
    // Running steps come first.
    const volgorde = ['lopend', 'gepland', 'afgerond', 'afgebroken'];
    const rang = zonder.map((s) => volgorde.indexOf(s.status));
    expect(rang).toEqual([...rang].sort((a, b) => a - b));
  });

  test('what the provider offers: places on the board and its answers per round', () => {
    const p = organisatiePagina(db, metNaam(SCHELPENBANK).id, { metNamen: false, jaar: ditJaar() });
    expect(p.aanbod.length).toBeGreaterThan(0);
    expect(p.aanbod.every((a) => a.plaatsen >= 0 && a.optie.length > 0)).toBe(true);
    expect(p.rondes).toHaveLength(1);
    const ronde = p.rondes[0];
    expect(ronde?.antwoorden.length).toBeGreaterThan(0);
    expect(ronde?.antwoorden.map((a) => a.vraag)).toContain('Wie is bij u het aanspreekpunt voor SROI?');
    expect(ronde?.antwoorden.every((a) => a.tekst !== '')).toBe(true);
  });

  test('contracts: a provider its own, a gemeente those it commissions', () => {
    const contracten = listContracten(db);
    const nemer = metNaam(SCHELPENBANK);
    const eigen = organisatiePagina(db, nemer.id, { metNamen: false, jaar: ditJaar() }).contracten;
    expect(eigen.map((c) => c.contract.id).sort()).toEqual(
      contracten
        .filter((c) => c.opdrachtnemerId === nemer.id)
        .map((c) => c.id)
        .sort(),
    );
    expect(eigen.every((c) => c.rol === 'opdrachtnemer')).toBe(true);
    const goes = metNaam('Goes');
    const opdrachten = organisatiePagina(db, goes.id, { metNamen: false, jaar: ditJaar() }).contracten;
    expect(opdrachten.length).toBeGreaterThan(0);
    expect(opdrachten.every((c) => c.rol === 'opdrachtgever')).toBe(true);
    expect(opdrachten.every((c) => c.contract.opdrachtgevers.some((g) => g.gemeenteId === goes.id))).toBe(
      true,
    );
  });

  test('an archived organisation still has its page; an unknown one is refused in Dutch', () => {
    const db2 = voorbeeldDb(SQL);
    const o = listOrganisaties(db2).find((x) => x.naam.includes('Ankerpunt'));
    if (!o) throw new Error('Ankerpunt ontbreekt');
    setArchived(db2, o.id, true);
    expect(
      organisatiePagina(db2, o.id, { metNamen: false, jaar: ditJaar() }).organisatie.gearchiveerdOp,
    ).not.toBeNull();
    const fout = thrown(() =>
      organisatiePagina(db2, '01890a5d-ac96-774b-bcce-b302099a8057', { metNamen: false, jaar: ditJaar() }),
    );
    expect(fout.code).toBe('NIET_GEVONDEN');
    expect(fout.message).toBe('Deze organisatie bestaat niet (meer).');
  });

  test('the input schema asks for the names choice and a plausible year, nothing else', () => {
    const id = metNaam(SCHELPENBANK).id;
    expect(organisatiePaginaInvoer.safeParse({ id, metNamen: false, jaar: 2026 }).success).toBe(true);
    expect(organisatiePaginaInvoer.safeParse({ id, jaar: 2026 }).success).toBe(false);
    expect(organisatiePaginaInvoer.safeParse({ id, metNamen: true, jaar: 26 }).success).toBe(false);
    expect(organisatiePaginaInvoer.safeParse({ id, metNamen: true, jaar: 2026, pad: '/x' }).success).toBe(
      false,
    );
  });
});

describe('the pure rules of the organisation page', () => {
  const regel = (id: string, verplichtingCent: number): SroiRegel => ({
    id,
    naam: id,
    verplichtingCent,
    gerealiseerdCent: 0,
    contracten: 1,
    gebundeld: false,
    aandeelInspanning: null,
    aandeelCapaciteit: null,
  });

  test('sroiRegelVan takes a gemeente from the per-gemeente rows, anyone else from the providers', () => {
    const overzicht = { perOpdrachtnemer: [regel('a', 100)], perGemeente: [regel('a', 7), regel('g', 50)] };
    expect(sroiRegelVan(overzicht, { id: 'a', soort: 'zorgaanbieder' })?.verplichtingCent).toBe(100);
    expect(sroiRegelVan(overzicht, { id: 'g', soort: 'gemeente' })?.verplichtingCent).toBe(50);
    expect(sroiRegelVan(overzicht, { id: 'g', soort: 'werkgever' })).toBeNull();
  });

  test('contractenVan lists provided contracts before commissioned ones', () => {
    const c = (id: string, nemer: string, gemeenten: string[]) =>
      ({ id, opdrachtnemerId: nemer, opdrachtgevers: gemeenten.map((g) => ({ gemeenteId: g })) }) as Contract;
    const lijst = [c('1', 'x', ['g']), c('2', 'y', ['x']), c('3', 'x', [])];
    expect(contractenVan(lijst, 'x').map((r) => `${r.rol}:${r.contract.id}`)).toEqual([
      'opdrachtnemer:1',
      'opdrachtnemer:3',
      'opdrachtgever:2',
    ]);
    expect(contractenVan(lijst, 'z')).toEqual([]);
  });

  test('stapAantallenPerOrganisatie adds counts per status, every status present', () => {
    const per = stapAantallenPerOrganisatie([
      { organisatieId: 'a', status: 'lopend', aantal: 2 },
      { organisatieId: 'a', status: 'afgerond', aantal: 3 },
      { organisatieId: 'b', status: 'gepland', aantal: 1 },
    ]);
    expect(per.get('a')).toEqual({ gepland: 0, lopend: 2, afgerond: 3, afgebroken: 0 });
    expect(per.get('b')).toEqual({ gepland: 1, lopend: 0, afgerond: 0, afgebroken: 0 });
    expect(per.has('c')).toBe(false);
  });
});
