import { basename } from 'node:path';
import { AppFault } from '../errors';

/** What an open werkgroep file tells the user when a save or an open cannot go ahead. */
export const gewijzigdOpSchijf = (path: string) =>
  `${basename(path)} is intussen door iemand anders gewijzigd (bijvoorbeeld op een andere computer). ` +
  'Tafelwerk heeft niets overschreven. Uw wijzigingen staan nog in Tafelwerk: sla ze op met ' +
  '“Opslaan als…” onder een andere naam, of open het bestand opnieuw van schijf (dan vervallen uw ' +
  'wijzigingen sinds de laatste keer opslaan).';

export const geenOnbeveiligdeTerugval = (path: string) =>
  new AppFault(
    'BESTAND_BESCHADIGD',
    `Het bestand ${basename(path)} is beschadigd. Het was op deze computer beveiligd met een wachtwoord, dus zet ` +
      'Tafelwerk er geen onbeveiligde reservekopie voor terug. Weet u zeker dat een reservekopie van u is, kopieer ' +
      'hem dan naar een andere map en open hem daar met Bestand → Openen.',
  );

export const gesloten = () => new AppFault('GEEN_BESTAND_OPEN', 'Dit bestand is gesloten.');

export const alleenLezenMelding = (path: string) =>
  new AppFault(
    'ALLEEN_LEZEN',
    `${basename(path)} is alleen-lezen geopend, omdat iemand anders het open heeft. Er wordt niets in ` +
      'opgeslagen. Wilt u toch werken? Kies bovenaan de pagina “Eigen kopie opslaan als…”, of ' +
      '“Opnieuw proberen te bewerken” zodra het bestand daar gesloten is.',
  );
