import type { AanbestedingInvoer } from '../../../../shared/api/schemas-capaciteit';
import {
  type Aanbesteding,
  type Aanbestedingskalender,
  kwartaal,
  persoonjaren,
  verwachteSroiCent,
} from '../../../../shared/domain/aanbestedingen';
import { korteGemeente } from '../../../../shared/format/nl';
import { AppFault } from '../../errors';
import type { Db } from '../database';
import { saveContract } from './contracten';
import { actieveTabel } from './waardering';

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

/** The calendar, each tender with its quarter and what its SROI could mean in person-years. */
export function aanbestedingskalender(db: Db): Aanbestedingskalender {
  const tabel = actieveTabel(db);
  return {
    tabel: tabel ? `${tabel.naam} (versie ${tabel.versie})` : null,
    aanbestedingen: listAanbestedingen(db).map((a) => ({
      ...a,
      kwartaal: kwartaal(a.verwachteStart),
      persoonjaren: tabel ? persoonjaren(a.verwachteSroiCent, tabel) : [],
    })),
  };
}

export function saveAanbesteding(db: Db, { id, gemeenteIds, ...a }: AanbestedingInvoer): string {
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

/**
 * Awarding turns the tender into a contract without retyping: name, value, SROI percentage and
 * the gemeenten (sharing by value, as for any contract) come along; the tender keeps a link to it.
 */
export function gun(
  db: Db,
  g: { id: string; opdrachtnemerId: string; startdatum: string; einddatum: string },
): string {
  const a = getAanbesteding(db, g.id);
  if (a.contractId) throw new AppFault('ONGELDIGE_INVOER', 'Deze aanbesteding is al gegund.');
  const contractId = saveContract(db, {
    naam: a.naam,
    opdrachtnemerId: g.opdrachtnemerId,
    opdrachtgevers: a.gemeenteIds.map((gemeenteId) => ({ gemeenteId, aandeelCent: null })),
    startdatum: g.startdatum,
    einddatum: g.einddatum,
    waardeCent: a.waardeCent,
    sroiPercentageBp: a.sroiPercentageBp,
    sroiVastCent: null,
    loonaandeelBp: null,
    gebundeld: false,
  });
  db.update('aanbesteding', a.id, { contract_id: contractId });
  return contractId;
}
