import type { Session } from '../../services/session';
import type { GebiedHandlers } from '../handler-types';

/** The user's own settings, kept on this computer and never in the shared file. */
export function instellingenHandlers(session: Session): GebiedHandlers<'instellingen'> {
  return {
    'instellingen.ophalen': () => session.settings.gebruiker,
    'instellingen.bijwerken': async (deel) => {
      await session.settings.bijwerken(deel);
      return session.settings.gebruiker;
    },
  };
}
