import type { Session } from '../../services/session';
import type { GebiedHandlers } from '../handler-types';

/** Protecting the open file with a passphrase: set, change, remove. */
export function beveiligingHandlers(session: Session): GebiedHandlers<'beveiliging'> {
  return {
    'beveiliging.instellen': ({ wachtwoord }) => session.beveiligen(wachtwoord),
    'beveiliging.wijzigen': ({ huidig, nieuw }) => session.wachtwoordWijzigen(huidig, nieuw),
    'beveiliging.uitzetten': ({ wachtwoord }) => session.beveiligingUitzetten(wachtwoord),
  };
}
