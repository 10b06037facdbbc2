import type { Session } from '../../services/session';
import type { GebiedHandlers } from '../handler-types';

/** Starting the app: the session reopens the last file and says what the screen shows. */
export function appHandlers(session: Session): GebiedHandlers<'app'> {
  return {
    'app.start': () => session.start(),
  };
}
