import type { CapaciteitsOverzicht } from '../../../../shared/domain/capaciteit';
import type { BordKandidaat } from '../../../../shared/domain/capaciteit-bord';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';

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

/** Every candidate with what the board needs of them (code and gemeente). */
export function bordKandidaten(db: Db): BordKandidaat[] {
  return db.all<BordKandidaat>(
    'SELECT id, code, gemeente_id AS gemeenteId FROM kandidaat WHERE deleted_at IS NULL',
  );
}

/** The gemeenten each organisation works in, by organisation. */
export function werkgebieden(db: Db): Map<string, string[]> {
  const werkgebied = new Map<string, string[]>();
  for (const r of db.all<{ organisatie_id: string; gemeente_id: string }>(
    'SELECT organisatie_id, gemeente_id FROM organisatie_gemeente WHERE deleted_at IS NULL',
  ))
    werkgebied.set(r.organisatie_id, [...(werkgebied.get(r.organisatie_id) ?? []), r.gemeente_id]);
  return werkgebied;
}
