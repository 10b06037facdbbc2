import { Samenvoeging } from '../../services/samenvoegen-app';
import type { Session } from '../../services/session';
import type { GebiedHandlers } from '../handler-types';

/** One merge in preparation per session: the other copy stays open, read-only, until the answer. */
const perSessie = new WeakMap<Session, Samenvoeging>();
const samenvoeging = (session: Session) => {
  const bestaand = perSessie.get(session);
  if (bestaand) return bestaand;
  const nieuw = new Samenvoeging(session);
  perSessie.set(session, nieuw);
  return nieuw;
};

export function samenvoegenHandlers(session: Session): GebiedHandlers<'samenvoegen'> {
  return {
    'samenvoegen.kiezen': () => samenvoeging(session).kiezen(),
    'samenvoegen.ontgrendelen': (geheim) => samenvoeging(session).ontgrendelen(geheim),
    'samenvoegen.toepassen': ({ token, keuzes }) => samenvoeging(session).toepassen(token, keuzes),
    'samenvoegen.annuleren': ({ token }) => {
      samenvoeging(session).annuleren(token);
      return null;
    },
  };
}
