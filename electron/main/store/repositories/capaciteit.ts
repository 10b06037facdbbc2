import {
  type Aanbod,
  type BordStap,
  type CapaciteitsOverzicht,
  capaciteitsbord,
  type Periode,
  type Voorstel,
  voorstellen,
} from '../../../../shared/domain/capaciteit';
import type { StapStatus } from '../../../../shared/domain/kandidaten';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { getAntwoorden, getRonde } from './inventarisatie';
import { listStappen, saveStap } from './leerlijn';
import { listMenukaart } from './waardering';

type OpgeslagenAanbod = CapaciteitsOverzicht['aanbod'][number];

export function listAanbod(db: Db): OpgeslagenAanbod[] {
  return db.all<OpgeslagenAanbod>(
    `SELECT a.organisatie_id AS organisatieId, o.naam AS organisatie, m.code AS optieCode,
            a.menukaart_optie_id AS menukaartOptieId, a.plaatsen, a.bron
       FROM aanbod a JOIN organisatie o ON o.id = a.organisatie_id
       JOIN menukaart_optie m ON m.id = a.menukaart_optie_id
      WHERE a.deleted_at IS NULL AND o.deleted_at IS NULL
      ORDER BY o.naam COLLATE NOCASE, m.volgorde`,
  );
}

/** Sets (or with null removes) what an organisation offers for one option. */
export function zetAanbod(
  db: Db,
  organisatieId: string,
  menukaartOptieId: string,
  plaatsen: number | null,
  bron: 'inventarisatie' | 'handmatig' = 'handmatig',
): void {
  const soort = db.get<{ soort: string }>(
    'SELECT soort FROM organisatie WHERE id = ? AND deleted_at IS NULL',
    [organisatieId],
  )?.soort;
  if (!soort) throw new AppFault('ONGELDIGE_INVOER', 'De organisatie bestaat niet (meer).');
  if (soort === 'gemeente')
    throw new AppFault('ONGELDIGE_INVOER', 'Aanbod hoort bij een aanbieder, niet bij een gemeente.');
  if (!db.get('SELECT 1 FROM menukaart_optie WHERE id = ? AND deleted_at IS NULL', [menukaartOptieId]))
    throw new AppFault('ONGELDIGE_INVOER', 'Deze menukaartoptie bestaat niet (meer).');
  const bestaand = db.get<{ id: string }>(
    'SELECT id FROM aanbod WHERE organisatie_id = ? AND menukaart_optie_id = ? AND deleted_at IS NULL',
    [organisatieId, menukaartOptieId],
  );
  if (plaatsen === null) {
    if (bestaand) db.update('aanbod', bestaand.id, { deleted_at: nuIso() });
    return;
  }
  if (bestaand) db.update('aanbod', bestaand.id, { plaatsen, bron });
  else
    db.insert('aanbod', {
      organisatie_id: organisatieId,
      menukaart_optie_id: menukaartOptieId,
      plaatsen,
      bron,
    });
}

/**
 * Copies the offers of every organisation that answered a round. An option ticked without a
 * number counts as one place: offered, but how many is unknown, and one is the honest minimum.
 */
export function neemAanbodOver(db: Db, rondeId: string): number {
  const ronde = getRonde(db, rondeId);
  const opties = new Map(listMenukaart(db, true).map((o) => [o.code, o.id]));
  let aantal = 0;
  for (const d of ronde.deelnames) {
    if (d.status === 'uitgezet') continue;
    for (const waarde of Object.values(getAntwoorden(db, rondeId, d.organisatieId))) {
      if (waarde.soort !== 'aanbod') continue;
      for (const a of waarde.aanbod) {
        const optieId = opties.get(a.code);
        if (!optieId) continue;
        zetAanbod(db, d.organisatieId, optieId, a.plaatsen ?? 1, 'inventarisatie');
        aantal++;
      }
    }
  }
  return aantal;
}

/** Planned and running steps with what the board needs to know about them. */
function bordStappen(db: Db): BordStap[] {
  const kandidaten = new Map(
    db
      .all<{ id: string; code: string; gemeente_id: string | null }>(
        'SELECT id, code, gemeente_id FROM kandidaat WHERE deleted_at IS NULL',
      )
      .map((k) => [k.id, k]),
  );
  return listStappen(db)
    .filter((s) => s.status === 'gepland' || s.status === 'lopend')
    .map((s) => ({
      stapId: s.id,
      kandidaatId: s.kandidaatId,
      kandidaatCode: kandidaten.get(s.kandidaatId)?.code ?? '',
      gemeenteId: kandidaten.get(s.kandidaatId)?.gemeente_id ?? null,
      optieCode: s.optieCode,
      organisatieId: s.organisatieId,
      organisatie: s.organisatie,
      status: s.status as StapStatus,
      van: s.start ?? s.geplandStart,
      tot: s.eind ?? s.geplandEind,
    }));
}

export function capaciteitsOverzicht(db: Db, periode: Periode): CapaciteitsOverzicht {
  const opties = listMenukaart(db);
  const aanbod = listAanbod(db);
  return {
    periode,
    // Options that are no SR effort (dagbesteding, vrijwilligerswerk) are on the board only when
    // someone offers them: otherwise every such step would read as a shortage nobody means to fill.
    bord: capaciteitsbord(
      listMenukaart(db, true)
        .filter((o) => o.waardering !== 'geen' || aanbod.some((a) => a.optieCode === o.code))
        .map((o) => ({ code: o.code, naam: o.naam })),
      aanbod as Aanbod[],
      bordStappen(db),
      periode,
    ),
    opties: opties.map((o) => ({ id: o.id, code: o.code, naam: o.naam })),
    aanbod,
  };
}

/** Proposals for an unassigned step, ranked and explained. */
export function voorstellenVoorStap(db: Db, stapId: string, periode: Periode): Voorstel[] {
  const stap = bordStappen(db).find((s) => s.stapId === stapId);
  if (!stap) throw new AppFault('NIET_GEVONDEN', 'Deze stap is er niet (meer) of is al voorbij.');
  const werkgebied = new Map<string, string[]>();
  for (const r of db.all<{ organisatie_id: string; gemeente_id: string }>(
    'SELECT organisatie_id, gemeente_id FROM organisatie_gemeente WHERE deleted_at IS NULL',
  ))
    werkgebied.set(r.organisatie_id, [...(werkgebied.get(r.organisatie_id) ?? []), r.gemeente_id]);
  return voorstellen(stap, capaciteitsOverzicht(db, periode).bord, werkgebied);
}

/** Assigns an organisation to a step, through the leerlijn so the step's SROI stays in line. */
export function wijsToe(db: Db, stapId: string, organisatieId: string): void {
  const stap = listStappen(db).find((s) => s.id === stapId);
  if (!stap) throw new AppFault('NIET_GEVONDEN', 'Deze stap bestaat niet (meer).');
  // Everything of the step stays as it is; only the organisation is filled in.
  saveStap(db, {
    id: stap.id,
    kandidaatId: stap.kandidaatId,
    menukaartOptieId: stap.menukaartOptieId,
    organisatieId,
    geplandStart: stap.geplandStart,
    geplandEind: stap.geplandEind,
    start: stap.start,
    eind: stap.eind,
    urenPerWeek: stap.urenPerWeek,
    status: stap.status,
    vastContract: stap.vastContract,
    resultaat: stap.resultaat,
  });
}
