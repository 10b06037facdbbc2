import { AppFault } from '../errors';
import { nieuweSleutel, type ScryptParameters, wachtwoordKlopt } from '../store/versleuteling';
import type { WerkgroepFile } from '../store/werkgroep-file';
import type { UserSettings } from './user-settings';

/**
 * Setting, changing and removing the passphrase of the open file, and a new recovery code. The
 * session owns the file and whether it was opened with the recovery code; these only change keys.
 */
export interface Wachtwoordbeheer {
  file: WerkgroepFile;
  settings: UserSettings;
  scrypt: ScryptParameters;
  /** Opened with the recovery code: the current passphrase is not asked (it may be forgotten). */
  viaHerstelcode: boolean;
  /** One audit line, never a passphrase. */
  log: (omschrijving: string) => Promise<void>;
}

/** Protects the open file with a passphrase; the recovery code is returned once and never stored. */
export async function beveilig(b: Wachtwoordbeheer, wachtwoord: string): Promise<{ herstelcode: string }> {
  if (b.file.beveiligd)
    throw new AppFault('ONGELDIGE_INVOER', 'Dit bestand is al beveiligd. Wijzig het wachtwoord.');
  const { sleutel, herstelcode } = await nieuweSleutel(wachtwoord, b.scrypt);
  await b.file.zetSleutel(sleutel);
  await b.settings.beveiligd(b.file.path, true);
  await b.log('Bestand beveiligd met een wachtwoord');
  return { herstelcode };
}

/** The current passphrase, unless the file was opened with the recovery code this session. */
async function controleer(b: Wachtwoordbeheer, wachtwoord: string): Promise<void> {
  const sleutel = b.file.huidigeSleutel;
  if (!sleutel) throw new AppFault('ONGELDIGE_INVOER', 'Dit bestand is niet beveiligd.');
  if (!b.viaHerstelcode && !(await wachtwoordKlopt(sleutel, wachtwoord)))
    throw new AppFault('WACHTWOORD_ONJUIST', 'Het huidige wachtwoord klopt niet.');
}

/**
 * A new passphrase. It comes with a new data key and a new recovery code (returned once): the
 * file and every backup are sealed again, so an old copy of the file's header with the old
 * passphrase or recovery code opens nothing saved from now on (see `WerkgroepFile.wisselSleutel`).
 */
export async function wijzigWachtwoord(
  b: Wachtwoordbeheer,
  huidig: string,
  nieuw: string,
): Promise<{ herstelcode: string }> {
  await controleer(b, huidig);
  const { sleutel, herstelcode } = await nieuweSleutel(nieuw, b.scrypt);
  await b.file.wisselSleutel(sleutel);
  await b.log('Wachtwoord gewijzigd; nieuwe herstelcode gemaakt');
  return { herstelcode };
}

/**
 * Replaces the recovery code (say it was seen by someone, or lost): the passphrase stays, but the
 * data key is new, so the old code opens nothing saved from now on. Always asks the passphrase,
 * also after opening with the recovery code: it is wrapped again with what is typed here.
 */
export async function vernieuwHerstelcode(
  b: Wachtwoordbeheer,
  wachtwoord: string,
): Promise<{ herstelcode: string }> {
  const huidige = b.file.huidigeSleutel;
  if (!huidige)
    throw new AppFault('ONGELDIGE_INVOER', 'Dit bestand is niet beveiligd. Stel eerst een wachtwoord in.');
  if (!(await wachtwoordKlopt(huidige, wachtwoord)))
    throw new AppFault('WACHTWOORD_ONJUIST', 'Het wachtwoord klopt niet.');
  const { sleutel, herstelcode } = await nieuweSleutel(wachtwoord, b.scrypt).catch((error) => {
    // A passphrase from before today's rules (say, set on the command line) is not wrapped again.
    throw error instanceof AppFault && error.code === 'ONGELDIGE_INVOER'
      ? new AppFault(
          'ONGELDIGE_INVOER',
          `${error.message} Wijzig daarom het wachtwoord; daarbij krijgt u ook een nieuwe herstelcode.`,
        )
      : error;
  });
  await b.file.wisselSleutel(sleutel);
  await b.log('Nieuwe herstelcode gemaakt');
  return { herstelcode };
}

export async function zetBeveiligingUit(b: Wachtwoordbeheer, wachtwoord: string): Promise<void> {
  await controleer(b, wachtwoord);
  await b.file.zetSleutel(null);
  await b.settings.beveiligd(b.file.path, false);
  await b.log('Beveiliging uitgezet');
}
