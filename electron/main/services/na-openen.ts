import { voltooiWissen } from '../store/repositories/avg';
import { recordChange } from '../store/repositories/werkgroep';
import type { WerkgroepFile } from '../store/werkgroep-file';
import type { WissenRegister } from '../store/wissen-register';
import type { UserSettings } from './user-settings';

/**
 * What happens right after a file opened, before the user sees it: the per-computer record of
 * protected files, an erasure left unfinished, and the audit log of how it was opened. Kept apart
 * from Session, which decides when a file opens.
 */

/**
 * Keeps this computer's record of protected files (user-settings.ts) up to date on every open. A
 * file remembered as protected that opens in plain form was unprotected elsewhere, or replaced by
 * someone with access to the folder: the user is told once, so a downgrade is never silent.
 */
export async function beveiligingOnthouden(
  settings: UserSettings,
  file: WerkgroepFile,
): Promise<string | null> {
  const was = settings.wasBeveiligd(file.path);
  await settings.beveiligd(file.path, file.beveiligd);
  if (file.beveiligd || !was) return null;
  return (
    `Let op: ${file.name} was op deze computer beveiligd met een wachtwoord, maar is nu niet beveiligd. ` +
    'Heeft niet u of een collega de beveiliging uitgezet, dan is het bestand mogelijk door iemand vervangen: ' +
    'controleer de gegevens voordat u verdergaat, en beveilig het bestand opnieuw via Instellingen → Beveiliging.'
  );
}

/**
 * An erasure confirmed earlier that did not reach the disk before Tafelwerk closed (a save kept
 * failing, a crash, "Toch sluiten"): finished now, before the user sees the file. Returns what
 * to tell the user, or null when nothing was pending.
 */
export async function voltooiOpenstaandWissen(
  register: WissenRegister,
  file: WerkgroepFile,
  auteur: string,
): Promise<string | null> {
  const ids = await register.openstaand(file.path);
  if (ids === null) return null;
  try {
    await file.writeAndPurge((db) => {
      const gewist = ids.filter((id) => voltooiWissen(db, id));
      if (gewist.length > 0)
        recordChange(db, auteur, 'kandidaat', 'Eerder gestarte verwijdering (AVG) afgerond');
    }, ids);
    return 'Een eerder gestarte verwijdering van een kandidaat is nu afgerond.';
  } catch (error) {
    return `Een eerder gestarte verwijdering van een kandidaat is nog niet afgerond: ${(error as Error).message}`;
  }
}

/** How a file was opened, for its audit log. */
export interface Opening {
  /** The times of failed unlocks on this file before it opened (ontgrendelpogingen.ts). */
  mislukt: readonly string[];
  ontgrendeld: boolean;
  viaHerstelcode: boolean;
  hersteld: boolean;
}

/**
 * Unlocking, the failed attempts on this file before it (a locked file cannot be written to, so
 * they wait on this computer until now), and a recovery from a backup go into the file's audit log.
 */
export async function logOpenen(file: WerkgroepFile, auteur: string, o: Opening): Promise<void> {
  // A merge names who made a conflicting change: this copy's writer is this user.
  file.db.klok.auteur = auteur;
  // Nothing to log (a plain file opened normally): no write, so opening does not save.
  if (o.mislukt.length === 0 && !o.ontgrendeld && !o.hersteld) return;
  await file.write((db) => {
    for (const tijd of o.mislukt)
      recordChange(db, auteur, 'bestand', 'Ontgrendelen met een onjuist wachtwoord of herstelcode', {
        actie: 'ontgrendelen_mislukt',
        resultaat: 'mislukt',
        tijd,
      });
    if (o.ontgrendeld)
      recordChange(
        db,
        auteur,
        'bestand',
        o.viaHerstelcode ? 'Ontgrendeld met de herstelcode' : 'Ontgrendeld met het wachtwoord',
        { actie: 'ontgrendelen' },
      );
    if (o.hersteld)
      recordChange(db, auteur, 'bestand', 'Beschadigd bestand; reservekopie teruggezet', {
        actie: 'herstellen',
      });
  });
}
