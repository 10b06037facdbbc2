import { GroepenLijst } from './GroepenLijst';
import { GroepPage } from './GroepPage';

/** `#/groepen` lists the groups; `#/groepen/<id>` shows one group. */
export function GroepenPage({ id }: { id: string | null }) {
  return id ? <GroepPage id={id} /> : <GroepenLijst />;
}
