import type { KandidaatStatus, StapStatus } from './kandidaten';

/**
 * A leerlijn step that is running (or done) means the candidate's trajectory has begun. A candidate
 * still *Aangemeld* then becomes *Actief*, so the status, the candidate list and the figures do not
 * contradict the leerlijn. Any other status is the user's own choice and stays as it is.
 * Returns the new status, or null when nothing changes.
 */
export function kandidaatStatusNaStap(kandidaat: KandidaatStatus, stap: StapStatus): KandidaatStatus | null {
  const begonnen = stap === 'lopend' || stap === 'afgerond';
  return kandidaat === 'aangemeld' && begonnen ? 'actief' : null;
}
