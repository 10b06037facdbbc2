import {
  type Aanbesteding,
  type AanbestedingGegevens,
  verwachteSroiCent,
} from '../../../../shared/domain/aanbestedingen';
import { korteGemeente } from '../../../../shared/format/nl';
import { AppFault } from '../../errors';
import type { Db } from '../database';

interface Row {
  id: string;
  naam: string;
  sector: Aanbesteding['sector'];
  verwachte_start: string;
  waarde_cent: number;
  sroi_percentage_bp: number;
  toelichting: string | null;
  contract_id: string | null;
}

function gemeentenVan(db: Db, id: string): { id: string; naam: string }[] {
  return db.all(
    `SELECT g.id, g.naam FROM aanbesteding_gemeente ag JOIN organisatie g ON g.id = ag.gemeente_id
      WHERE ag.aanbesteding_id = ? AND ag.deleted_at IS NULL ORDER BY g.naam COLLATE NOCASE`,
    [id],
  );
}

const toAanbesteding = (db: Db, r: Row): Aanbesteding => {
  const gemeenten = gemeentenVan(db, r.id);
  return {
    id: r.id,
    naam: r.naam,
    sector: r.sector,
    gemeenteIds: gemeenten.map((g) => g.id),
    gemeenten: gemeenten.map((g) => korteGemeente(g.naam)),
    verwachteStart: r.verwachte_start,
    waardeCent: r.waarde_cent,
    sroiPercentageBp: r.sroi_percentage_bp,
    toelichting: r.toelichting,
    verwachteSroiCent: verwachteSroiCent(r.waarde_cent, r.sroi_percentage_bp),
    contractId: r.contract_id,
  };
};

export function listAanbestedingen(db: Db): Aanbesteding[] {
  return db
    .all<Row>(
      'SELECT * FROM aanbesteding WHERE deleted_at IS NULL ORDER BY verwachte_start, naam COLLATE NOCASE',
    )
    .map((r) => toAanbesteding(db, r));
}

export function getAanbesteding(db: Db, id: string): Aanbesteding {
  const row = db.get<Row>('SELECT * FROM aanbesteding WHERE id = ? AND deleted_at IS NULL', [id]);
  if (!row) throw new AppFault('NIET_GEVONDEN', 'Deze aanbesteding bestaat niet (meer).');
  return toAanbesteding(db, row);
}

export function saveAanbesteding(
  db: Db,
  { id, gemeenteIds, ...a }: AanbestedingGegevens & { id?: string },
): string {
  for (const g of gemeenteIds)
    if (!db.get("SELECT 1 FROM organisatie WHERE id = ? AND soort = 'gemeente' AND deleted_at IS NULL", [g]))
      throw new AppFault('ONGELDIGE_INVOER', 'Kies als opdrachtgever een gemeente uit de lijst.');
  const values = {
    naam: a.naam,
    sector: a.sector,
    verwachte_start: a.verwachteStart,
    waarde_cent: a.waardeCent,
    sroi_percentage_bp: a.sroiPercentageBp,
    toelichting: a.toelichting,
  };
  let aanbestedingId = id;
  if (aanbestedingId) {
    if (getAanbesteding(db, aanbestedingId).contractId)
      throw new AppFault(
        'ONGELDIGE_INVOER',
        'Deze aanbesteding is al gegund; wijzig het contract onder SROI.',
      );
    db.update('aanbesteding', aanbestedingId, values);
  } else aanbestedingId = db.insert('aanbesteding', values);
  db.replaceChildren(
    'aanbesteding_gemeente',
    'aanbesteding_id',
    aanbestedingId,
    gemeenteIds.map((gemeente_id) => ({ gemeente_id })),
  );
  return aanbestedingId;
}

/** Links an awarded tender to the contract it became. */
export function koppelContract(db: Db, aanbestedingId: string, contractId: string): void {
  db.update('aanbesteding', aanbestedingId, { contract_id: contractId });
}
