import { describe, expect, it } from 'vitest';
import { zetAanbod } from '../../electron/main/store/repositories/capaciteit';
import { saveRonde, slaAntwoordenOp } from '../../electron/main/store/repositories/inventarisatie';
import type { CapaciteitsOverzicht, OvergenomenAanbod } from '../../shared/domain/capaciteit';
import type { Kandidaat } from '../../shared/domain/kandidaten';
import type { Organisatie } from '../../shared/domain/organisaties';
import { afgerondeBaan, kandidaatGegevens } from './helpers/kandidaten';
import { ipcWerkgroep, optieId, organisatieInvoer } from './helpers/sroi';
import { openRaw, scalar } from './helpers/temp';
import { gemeenteId } from './helpers/werkgroep-db';

/** Undo on the capacity board over IPC, on a real file: `capaciteit.*Terugzetten`. */

const JAAR = { van: '2026-01-01', tot: '2026-12-31' };

async function opzet() {
  const w = await ipcWerkgroep();
  await w.data('sroi.waarderingKiezen', { preset: 'utrecht' });
  const db = () => w.session.requireFile().db;
  const ander = await w.data<Organisatie>(
    'organisaties.opslaan',
    organisatieInvoer('Bouwbedrijf Proef', 'werkgever'),
  );
  /** The audit lines that match, oldest first, read from the saved file. */
  const logOpSchijf = async (waar: string, params: string[]) => {
    const raw = await openRaw(w.path);
    try {
      return raw
        .exec(`SELECT omschrijving FROM wijziging WHERE ${waar} ORDER BY created_at, rowid`, params)[0]
        ?.values.map((r) => r[0]);
    } finally {
      raw.close();
    }
  };
  return { ...w, db, ander: ander.id, logOpSchijf };
}

describe('capaciteit.toewijzingTerugzetten: undo of an assignment from the board', () => {
  it('gives the step back its former organisation (none or another) with its SROI, logs it, and refuses once the step moved on', async () => {
    const { session, data, invoke, db, zorg, ander, path, logOpSchijf } = await opzet();
    const kandidaat = await data<Kandidaat>(
      'kandidaten.opslaan',
      kandidaatGegevens({
        uitkering: 'participatiewet_lang',
        gemeenteId: gemeenteId(db(), 'Goes'),
        startdatum: '2026-01-01',
      }),
    );
    // A finished paid job without an organisation: it counts for SROI only once it has one.
    await data('kandidaten.stapOpslaan', afgerondeBaan(db(), kandidaat.id));
    const stapId = db().get<{ id: string }>('SELECT id FROM leerlijn_stap')?.id ?? '';
    const organisatieVan = () =>
      db().get<{ o: string | null }>('SELECT organisatie_id AS o FROM leerlijn_stap WHERE id = ?', [stapId])
        ?.o;
    const realisaties = () =>
      db().all<{ opdrachtnemer_id: string }>(
        "SELECT opdrachtnemer_id FROM realisatie WHERE bron = 'leerlijn' AND deleted_at IS NULL",
      );
    expect(realisaties()).toEqual([]);

    expect(await data('capaciteit.toewijzen', { stapId, organisatieId: zorg })).toEqual({
      vorigeOrganisatieId: null,
    });
    expect(realisaties()).toEqual([{ opdrachtnemer_id: zorg }]);
    expect(
      await data('capaciteit.toewijzingTerugzetten', {
        stapId,
        organisatieId: zorg,
        vorigeOrganisatieId: null,
      }),
    ).toBeNull();
    expect(organisatieVan()).toBeNull();
    expect(realisaties()).toEqual([]);

    // From one organisation to another and back: the realisation follows.
    await data('capaciteit.toewijzen', { stapId, organisatieId: zorg });
    expect(await data('capaciteit.toewijzen', { stapId, organisatieId: ander })).toEqual({
      vorigeOrganisatieId: zorg,
    });
    await data('capaciteit.toewijzingTerugzetten', {
      stapId,
      organisatieId: ander,
      vorigeOrganisatieId: zorg,
    });
    expect(organisatieVan()).toBe(zorg);
    expect(realisaties()).toEqual([{ opdrachtnemer_id: zorg }]);

    // An undo that would overwrite a later assignment is refused, and nothing changes.
    expect(
      await invoke('capaciteit.toewijzingTerugzetten', {
        stapId,
        organisatieId: ander,
        vorigeOrganisatieId: null,
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message: 'Deze stap is intussen aan een andere organisatie toegewezen; ongedaan maken kan niet meer.',
      },
    });
    expect(organisatieVan()).toBe(zorg);
    await session.shutdown();

    const raw = await openRaw(path);
    try {
      expect(scalar(raw, 'SELECT organisatie_id FROM leerlijn_stap WHERE id = ?', [stapId])).toBe(zorg);
    } finally {
      raw.close();
    }
    const toegewezen = 'Leerlijnstap toegewezen aan een organisatie';
    const teruggezet = 'Toewijzing van een leerlijnstap teruggezet (ongedaan maken)';
    expect(await logOpSchijf('object_id = ?', [stapId])).toEqual([
      toegewezen,
      teruggezet,
      toegewezen,
      toegewezen,
      teruggezet,
    ]);
  });
});

describe('capaciteit.overnameTerugzetten: undo of a takeover from a round', () => {
  it('puts each changed offer back (typed-in number, or none), leaves the unchanged alone, and refuses once one was edited since', async () => {
    const { session, data, invoke, db, zorg, ander, path, logOpSchijf } = await opzet();
    const wep = optieId(db(), 'werkervaringsplaats');
    const bbl = optieId(db(), 'bbl');
    // Before: 4 typed-in places at the care group, and a BBL place already from an earlier round.
    await data('capaciteit.aanbodZetten', { organisatieId: zorg, menukaartOptieId: wep, plaatsen: 4 });
    const rondeId = await session.requireFile().write((d) => {
      zetAanbod(d, zorg, bbl, 1, 'inventarisatie');
      const sjabloonId = d.get<{ id: string }>('SELECT id FROM formulier_sjabloon')?.id ?? '';
      const id = saveRonde(d, {
        naam: 'Ronde 2026',
        sjabloonId,
        deadline: null,
        organisatieIds: [zorg, ander],
      });
      const contactpersoon = { soort: 'open' as const, tekst: 'Via de receptie' };
      slaAntwoordenOp(d, id, zorg, {
        contactpersoon,
        aanbod: {
          soort: 'aanbod',
          aanbod: [
            { code: 'werkervaringsplaats', plaatsen: 2 },
            { code: 'bbl', plaatsen: 1 },
          ],
        },
      });
      slaAntwoordenOp(d, id, ander, {
        contactpersoon,
        aanbod: { soort: 'aanbod', aanbod: [{ code: 'werkervaringsplaats', plaatsen: null }] },
      });
      return id;
    });
    const aanbod = async () =>
      (await data<CapaciteitsOverzicht>('capaciteit.overzicht', JAAR)).aanbod.map((a) => [
        a.organisatie,
        a.optieCode,
        a.plaatsen,
        a.bron,
      ]);
    const voor = await aanbod();

    const r = await data<{ aantal: number; gewijzigd: OvergenomenAanbod[] }>('capaciteit.overnemen', {
      rondeId,
    });
    expect(r.aantal).toBe(3);
    // The BBL place was already what the round says: it has nothing to undo.
    expect(r.gewijzigd).toEqual(
      expect.arrayContaining([
        { organisatieId: zorg, menukaartOptieId: wep, plaatsen: 2, was: { plaatsen: 4, bron: 'handmatig' } },
        { organisatieId: ander, menukaartOptieId: wep, plaatsen: 1, was: null },
      ]),
    );
    expect(r.gewijzigd).toHaveLength(2);
    expect(await aanbod()).not.toEqual(voor);

    expect(await data('capaciteit.overnameTerugzetten', { aanbod: r.gewijzigd })).toEqual({ teruggezet: 2 });
    expect(await aanbod()).toEqual(voor);

    // Taken over again, then one offer edited by hand: the undo would overwrite that, so it is refused.
    const weer = await data<{ gewijzigd: OvergenomenAanbod[] }>('capaciteit.overnemen', { rondeId });
    await data('capaciteit.aanbodZetten', { organisatieId: ander, menukaartOptieId: wep, plaatsen: 5 });
    const naBewerken = await aanbod();
    expect(await invoke('capaciteit.overnameTerugzetten', { aanbod: weer.gewijzigd })).toEqual({
      ok: false,
      error: {
        code: 'ONGELDIGE_INVOER',
        message: 'Een deel van dit aanbod is intussen gewijzigd of verwijderd; ongedaan maken kan niet meer.',
      },
    });
    expect(await aanbod()).toEqual(naBewerken);
    await session.shutdown();

    const raw = await openRaw(path);
    try {
      expect(
        raw.exec(
          `SELECT plaatsen, bron FROM aanbod WHERE deleted_at IS NULL AND organisatie_id = ?
            AND menukaart_optie_id = ?`,
          [zorg, wep],
        )[0]?.values,
      ).toEqual([[2, 'inventarisatie']]);
    } finally {
      raw.close();
    }
    expect(await logOpSchijf('soort = ?', ['capaciteit'])).toEqual([
      'Aanbod gewijzigd',
      'Aanbod overgenomen uit inventarisatie',
      'Overgenomen aanbod teruggezet (ongedaan maken)',
      'Aanbod overgenomen uit inventarisatie',
      'Aanbod gewijzigd',
    ]);
  });
});
