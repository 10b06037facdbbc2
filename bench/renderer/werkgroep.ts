import { saveKandidaat } from '../../electron/main/services/kandidaten';
import { saveStap } from '../../electron/main/services/leerlijn';
import { initialiseerWerkgroep } from '../../electron/main/services/nieuwe-werkgroep';
import type { Db } from '../../electron/main/store/database';
import { saveGroep } from '../../electron/main/store/repositories/groepen';
import { saveMeting } from '../../electron/main/store/repositories/voortgang';
import { WerkgroepFile } from '../../electron/main/store/werkgroep-file';
import { KANDIDAAT_STATUSSEN, type KandidaatGegevens } from '../../shared/domain/kandidaten';

/** A small deterministic PRNG (mulberry32): the same file on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const kies = <T>(r: () => number, lijst: readonly T[]): T => lijst[Math.floor(r() * lijst.length)] as T;

/**
 * Creates (and closes) a werkgroep file at `pad` with `aantal` candidates without names, spread
 * over six groups and the seven gemeenten of the Oosterschelderegio; about half have a step and
 * two ladder measurements, so every column of the list is filled.
 */
export async function maakWerkgroep(pad: string, aantal: number): Promise<void> {
  const file = await WerkgroepFile.create(pad, (db: Db) => {
    initialiseerWerkgroep(db, { naam: 'Benchmark regio', regio: 'Oosterschelderegio' });
    const r = prng(9);
    const gemeenten = db
      .all<{ id: string }>(`SELECT id FROM organisatie WHERE soort = 'gemeente' AND deleted_at IS NULL`)
      .map((g) => g.id);
    const opties = db
      .all<{ id: string }>('SELECT id FROM menukaart_optie WHERE deleted_at IS NULL ORDER BY code LIMIT 6')
      .map((o) => o.id);
    const groepen = Array.from({ length: 6 }, (_, i) =>
      saveGroep(db, {
        naam: `Groep ${i + 1} – benchmark`,
        startdatum: null,
        terugkoppeldatum: null,
        organisatieIds: [],
      }),
    );
    for (let i = 0; i < aantal; i++) {
      const gegevens: KandidaatGegevens = {
        naam: null,
        initialen: null,
        gemeenteId: kies(r, gemeenten),
        uitkering: null,
        klantmanager: null,
        begeleiderNaam: null,
        begeleiderOrganisatieId: null,
        groepId: r() < 0.9 ? kies(r, groepen) : null,
        startdatum: '2025-01-15',
        status: kies(r, KANDIDAAT_STATUSSEN),
        bonussen: [],
        einddatum: null,
      };
      const id = saveKandidaat(db, gegevens);
      if (r() < 0.5) {
        saveStap(db, {
          kandidaatId: id,
          menukaartOptieId: kies(r, opties),
          organisatieId: null,
          geplandStart: null,
          geplandEind: null,
          start: '2025-02-01',
          eind: null,
          urenPerWeek: null,
          status: 'lopend',
          vastContract: false,
          resultaat: null,
        });
        const start = 1 + Math.floor(r() * 4);
        saveMeting(db, { kandidaatId: id, datum: '2025-01-20', trede: start as 1, toelichting: null });
        saveMeting(db, {
          kandidaatId: id,
          datum: '2025-06-20',
          trede: Math.min(6, start + Math.floor(r() * 3)) as 1,
          toelichting: null,
        });
      }
    }
  });
  await file.close();
}
