import type { Session } from '../../services/session';
import type { GebiedHandlers } from '../handler-types';

/** The werkgroep file as a document: new, open, recent, save as, close, lock and unlock. */
export function documentHandlers(session: Session): GebiedHandlers<'document'> {
  return {
    'document.nieuw': (input) => session.nieuw(input),
    'document.openVoorbeeld': () => session.openVoorbeeld(),
    'document.openen': () => session.openen(),
    'document.openRecent': ({ id }) => session.openRecent(id),
    'document.opslaanAls': () => session.opslaanAls(),
    'document.kopieVoorLid': ({ wachtwoord }) => session.kopieVoorLid(wachtwoord),
    'document.sluiten': () => session.sluiten(),
    'document.status': () => session.documentInfo(),
    'document.ontgrendelen': (geheim) => session.ontgrendelen(geheim),
    'document.vergrendelen': () => session.vergrendelen(),
    'document.overnemen': () => session.overnemen(),
    'document.alleenLezen': () => session.alleenLezen(),
    'document.herladen': () => session.herladen(),
    'document.recent': () => session.settings.recent(),
    'document.recentVergeten': async ({ id }) => {
      await session.settings.forget(id);
      return session.settings.recent();
    },
  };
}
