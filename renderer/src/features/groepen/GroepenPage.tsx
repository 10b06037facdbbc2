import { GroepenLijst } from './GroepenLijst';
import { GroepPagina } from './GroepPagina';

/** `#/groepen` lists the groups; `#/groepen/<id>` shows one group. */
export function GroepenPage({ id }: { id: string | null }) {
  return id ? <GroepPagina id={id} /> : <GroepenLijst />;
}
