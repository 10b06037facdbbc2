import { useEffect, useRef, useSyncExternalStore } from 'react';
import { toonFout } from './notify';
import {
  abonneer,
  alsVergelijkbaar,
  Bewaarder,
  type BewaarInstellingen,
  bewaarderVoor,
  laatLos,
  leesVersie,
} from './typenBewaren';

interface Opties<B, W> {
  /** One record's one form, e.g. `plan:<kandidaat id>`: its typed text survives leaving the page. */
  sleutel: string;
  /** The stored record, as the latest query has it. */
  bron: B;
  /** The form's values made from the stored record. */
  uitBron: (bron: B) => W;
  opslaan: BewaarInstellingen<W>['opslaan'];
  controleer?: BewaarInstellingen<W>['controleer'];
  vergelijkbaar?: BewaarInstellingen<W>['vergelijkbaar'];
}

const geenFouten = () => ({});

/**
 * An inline form saved as the user types: a pause of WACHTTIJD_MS sends the values through `opslaan`
 * (the form's own API mutation: the same write queue and audit log as every change), and leaving it
 * (another tab, another page, another file, closing the window) sends them at once. A refreshed
 * record replaces the values only while nothing typed is waiting or on its way, so a refetch never
 * overwrites typing. The returned `v`, `zet` and `fouten` bind fields as `useVelden` does.
 */
export function useBewaarTijdensTypen<B, W>(o: Opties<B, W>) {
  const instellingen: BewaarInstellingen<W> = {
    opslaan: o.opslaan,
    controleer: o.controleer ?? geenFouten,
    vergelijkbaar: o.vergelijkbaar ?? alsVergelijkbaar,
    onFout: toonFout,
  };
  const b = bewaarderVoor(o.sleutel, () => new Bewaarder(o.uitBron(o.bron), instellingen));
  // The latest callbacks (they close over the mounted page's mutation and record).
  b.instellingen = instellingen;
  useSyncExternalStore(abonneer, leesVersie);

  const bronWaarde = o.uitBron(o.bron);
  const bronSleutel = instellingen.vergelijkbaar(bronWaarde);
  const laatstGezien = useRef(bronSleutel);
  const bronNu = useRef(bronWaarde);
  bronNu.current = bronWaarde;
  useEffect(() => {
    // Only a change seen while here: on arrival the cached record may be older than the typed text.
    if (laatstGezien.current === bronSleutel) return;
    laatstGezien.current = bronSleutel;
    if (b.rustig && bronSleutel !== b.instellingen.vergelijkbaar(b.waarde)) b.neemOver(bronNu.current);
  }, [b, bronSleutel]);

  // Leaving (unmount, or a tab hidden by Mantine's Activity) sends what is typed at once. The state
  // is let go only when the record last seen holds it: else the next visit could start from a
  // cached record older than the text.
  const sleutel = o.sleutel;
  useEffect(() => {
    b.gekoppeld++;
    return () => {
      b.gekoppeld--;
      void b.bewaarNu().then(() => {
        if (laatstGezien.current === b.instellingen.vergelijkbaar(b.waarde))
          laatLos(sleutel, b as Bewaarder<unknown>);
      });
    };
  }, [b, sleutel]);

  const zet = <K extends keyof W>(veld: K, waarde: W[K]) => b.zet({ ...b.waarde, [veld]: waarde });
  return {
    v: b.waarde,
    zet,
    zetAlles: (waarde: W) => b.zet(waarde),
    fouten: b.fouten,
    bewaarNu: () => b.bewaarNu(),
    /** Typed text main does not have yet (waiting, refused or on its way). */
    nietOpgeslagen: b.onverzonden || b.bezig,
  };
}
