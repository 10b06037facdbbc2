import type { Session } from '../../services/session';
import type { GebiedHandlers } from '../handler-types';

/** Protecting the open file with a passphrase: set, change, a new recovery code, remove. */
export function beveiligingHandlers(session: Session): GebiedHandlers<'beveiliging'> {
  return {
    'beveiliging.instellen': ({ wachtwoord }) => session.beveiligen(wachtwoord),
    'beveiliging.wijzigen': ({ huidig, nieuw }) => session.wachtwoordWijzigen(huidig, nieuw),
    'beveiliging.nieuweHerstelcode': ({ wachtwoord }) => session.nieuweHerstelcode(wachtwoord),
    'beveiliging.uitzetten': ({ wachtwoord }) => session.beveiligingUitzetten(wachtwoord),
  };
}
