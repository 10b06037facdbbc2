import type { Realisatie, RealisatieGegevens } from '../../../../shared/domain/realisaties';
import type { GewaardeerdeRealisatie } from '../../../../shared/domain/realisaties-waarderen';
import type { Bonus, Doelgroep } from '../../../../shared/domain/waardering';
import { nuIso } from '../../../../shared/klok';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { haalTerug } from '../terughalen';

interface Row {
  id: string;
  opdrachtnemer_id: string;
  opdrachtnemer: string;
  contract_id: string | null;
  contract: string | null;
  menukaart_optie_id: string;
  optie: string;
  waardering: Realisatie['waardering'];
  datum: string;
  omschrijving: string;
  doelgroep: Doelgroep | null;
  uren_per_week: number | null;
  maanden: number | null;
  bonussen_json: string;
  uren: number | null;
  waarde_cent: number;
  waarderingstabel_id: string | null;
  tabel_naam: string | null;
  tabel_versie: number | null;
  uitleg: string;
  bron: Realisatie['bron'];
}

const SELECT = `
  SELECT r.id, r.opdrachtnemer_id, o.naam AS opdrachtnemer, r.contract_id, c.naam AS contract,
         r.menukaart_optie_id, m.naam AS optie, m.waardering, r.datum, r.omschrijving, r.doelgroep,
         r.uren_per_week, r.maanden, r.bonussen_json, r.uren, r.waarde_cent, r.waarderingstabel_id,
         t.naam AS tabel_naam, t.versie AS tabel_versie, r.uitleg, r.bron
    FROM realisatie r
    JOIN organisatie o ON o.id = r.opdrachtnemer_id
    JOIN menukaart_optie m ON m.id = r.menukaart_optie_id
    LEFT JOIN contract c ON c.id = r.contract_id
    LEFT JOIN waarderingstabel t ON t.id = r.waarderingstabel_id
   WHERE r.deleted_at IS NULL`;

const toRealisatie = (r: Row): Realisatie => ({
  id: r.id,
  opdrachtnemerId: r.opdrachtnemer_id,
  opdrachtnemer: r.opdrachtnemer,
  contractId: r.contract_id,
  contract: r.contract,
  menukaartOptieId: r.menukaart_optie_id,
  optie: r.optie,
  waardering: r.waardering,
  datum: r.datum,
  omschrijving: r.omschrijving,
  doelgroep: r.doelgroep,
  urenPerWeek: r.uren_per_week,
  maanden: r.maanden,
  bonussen: JSON.parse(r.bonussen_json) as Bonus[],
  uren: r.uren,
  waardeCent: r.waarde_cent,
  waarderingstabelId: r.waarderingstabel_id,
  tabel: r.tabel_naam === null ? null : `${r.tabel_naam} (versie ${r.tabel_versie})`,
  uitleg: r.uitleg,
  bron: r.bron,
});

/** Realisations by date, newest first; within [van, tot] when given. */
export function listRealisaties(db: Db, periode?: { van: string; tot: string }): Realisatie[] {
  const where = periode ? ' AND r.datum BETWEEN ? AND ?' : '';
  return db
    .all<Row>(
      `${SELECT}${where} ORDER BY r.datum DESC, o.naam COLLATE NOCASE`,
      periode ? [periode.van, periode.tot] : [],
    )
    .map(toRealisatie);
}

export function getRealisatie(db: Db, id: string): Realisatie {
  const row = db.get<Row>(`${SELECT} AND r.id = ?`, [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Deze realisatie bestaat niet (meer).');
  return toRealisatie(row);
}

/** The provider and contract a realisation names exist and belong together. */
export function controleerRealisatieKoppelingen(db: Db, data: RealisatieGegevens): void {
  const nemer = db.get<{ soort: string }>(
    'SELECT soort FROM organisatie WHERE id = ? AND deleted_at IS NULL',
    [data.opdrachtnemerId],
  );
  if (!nemer) throw new AppFault('ONGELDIGE_INVOER', 'De aanbieder bestaat niet (meer).');
  if (nemer.soort === 'gemeente')
    throw new AppFault('ONGELDIGE_INVOER', 'Een realisatie hoort bij een aanbieder, niet bij een gemeente.');
  if (data.contractId) {
    const contract = db.get<{ opdrachtnemer_id: string }>(
      'SELECT opdrachtnemer_id FROM contract WHERE id = ? AND deleted_at IS NULL',
      [data.contractId],
    );
    if (!contract) throw new AppFault('ONGELDIGE_INVOER', 'Het contract bestaat niet (meer).');
    if (contract.opdrachtnemer_id !== data.opdrachtnemerId)
      throw new AppFault('ONGELDIGE_INVOER', 'Het gekozen contract hoort bij een andere aanbieder.');
  }
}

/** Where a realisation came from when it was not entered directly. */
export interface RealisatieBron {
  soort: 'leerlijn';
  id: string;
}

/**
 * Writes a valued realisation (`services/realisaties.ts` values it): an update keeps its source,
 * a new one records it. Returns the id.
 */
export function schrijfRealisatie(
  db: Db,
  { gegevens: data, waardeCent, uitleg, tabelId }: GewaardeerdeRealisatie,
  id?: string,
  bron?: RealisatieBron,
): string {
  const values = {
    opdrachtnemer_id: data.opdrachtnemerId,
    contract_id: data.contractId,
    menukaart_optie_id: data.menukaartOptieId,
    datum: data.datum,
    omschrijving: data.omschrijving,
    doelgroep: data.doelgroep,
    uren_per_week: data.urenPerWeek,
    maanden: data.maanden,
    bonussen_json: JSON.stringify(data.bonussen),
    uren: data.uren,
    waarde_cent: waardeCent,
    waarderingstabel_id: tabelId,
    uitleg,
  };
  if (id) {
    db.update('realisatie', id, values);
    return id;
  }
  return db.insert('realisatie', { ...values, bron: bron?.soort ?? 'direct', bron_id: bron?.id ?? null });
}

export function deleteRealisatie(db: Db, id: string): void {
  getRealisatie(db, id);
  db.update('realisatie', id, { deleted_at: nuIso() });
}

/**
 * Undoes a delete. A realisation a step earned whose candidate was erased under the AVG lost its
 * link to the person for good (bron 'leerlijn' without bron_id): that erasure is final, so nothing
 * of it comes back.
 */
export function herstelRealisatie(db: Db, id: string): void {
  const rij = db.get<{ bron: string; bron_id: string | null }>(
    'SELECT bron, bron_id FROM realisatie WHERE id = ?',
    [id],
  );
  if (rij?.bron === 'leerlijn' && rij.bron_id === null)
    throw new AppFault(
      'ONGELDIGE_INVOER',
      'Deze realisatie hoorde bij een kandidaat die volgens de AVG is verwijderd; dat is definitief en kan niet ongedaan worden gemaakt.',
    );
  haalTerug(db, 'realisatie', id, 'Deze realisatie');
}
