import { OrganisatiePage } from './OrganisatiePage';
import { OrganisatiesLijst } from './OrganisatiesLijst';

/** `#/organisaties` lists the organisations; `#/organisaties/<id>` shows one organisation. */
export function OrganisatiesPage({ id }: { id: string | null }) {
  return id ? <OrganisatiePage id={id} /> : <OrganisatiesLijst />;
}
