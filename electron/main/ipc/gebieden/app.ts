import type { Session } from '../../services/session';
import type { GebiedHandlers } from '../handler-types';

/**
 * Starting the app: the session reopens the last file and says what the screen shows. Opening the
 * file the last export wrote, or its folder.
 */
export function appHandlers(session: Session): GebiedHandlers<'app'> {
  return {
    'app.start': () => session.start(),
    'app.exportOpenen': ({ wat }) => session.laatsteExport.open(wat, session.dialogs.verkenner),
  };
}
