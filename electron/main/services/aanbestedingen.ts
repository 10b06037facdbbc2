import {
  type Aanbestedingskalender,
  contractUitAanbesteding,
  type Gunning,
  maakKalender,
} from '../../../shared/domain/aanbestedingen';
import { AppFault } from '../errors';
import type { Db } from '../store/database';
import { getAanbesteding, koppelContract, listAanbestedingen } from '../store/repositories/aanbestedingen';
import { saveContract } from '../store/repositories/contracten';
import { actieveTabel } from '../store/repositories/waardering';

/** The procurement calendar with the valuation table, and awarding a tender as a contract. */

export function aanbestedingskalender(db: Db): Aanbestedingskalender {
  return maakKalender(listAanbestedingen(db), actieveTabel(db));
}

/**
 * Awards a tender: the contract is made from it (`contractUitAanbesteding`) and the tender keeps a
 * link to it, both in the caller's one write. Returns the contract's id.
 */
export function gun(db: Db, { id, ...gunning }: Gunning & { id: string }): string {
  const aanbesteding = getAanbesteding(db, id);
  const contract = contractUitAanbesteding(aanbesteding, gunning);
  if ('fout' in contract) throw new AppFault('ONGELDIGE_INVOER', contract.fout);
  const contractId = saveContract(db, contract);
  koppelContract(db, id, contractId);
  return contractId;
}
