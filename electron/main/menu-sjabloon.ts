import type { RecentFile } from '../../shared/domain/types';
import {
  bestandOpdrachten,
  isVanToepassing,
  type Opdracht,
  type OpdrachtId,
  type OpdrachtStaat,
  opdracht,
  opdrachtStaat,
  recentOpdracht,
  versneller,
} from '../../shared/opdrachten';
import type { Session } from './services/session';

/**
 * The items of Electron's menu template this app uses (a structural subset of
 * MenuItemConstructorOptions), so the template is built and tested in plain Node.
 */
export interface MenuOnderdeel {
  label?: string;
  role?: 'quit' | 'editMenu' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen';
  type?: 'separator';
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuOnderdeel[];
  click?: () => void;
}

/** What the menu shows depends on: the open werkgroep (if any) and the recent files. */
export interface MenuStaat extends OpdrachtStaat {
  recent: readonly RecentFile[];
}

/** The menu's state as the session has it now. */
export async function menuStaatVan(session: Pick<Session, 'documentInfo' | 'settings'>): Promise<MenuStaat> {
  const info = session.documentInfo();
  return { ...opdrachtStaat(info), recent: await session.settings.recent() };
}

const SCHEIDING: MenuOnderdeel = { type: 'separator' };

/**
 * The native menu bar: Bestand with the same items as the in-app menu (from the one command list in
 * shared/opdrachten.ts), Bewerken, and Beeld. A command item only sends its id to the page
 * (`stuur`); the page does the work, the same way its own menu and palette do.
 *
 * Shortcuts: the items carry their accelerator (CmdOrCtrl+N, +O, +K) and it is registered, so the
 * menu handles the key on every platform (on macOS `registerAccelerator: false` would not stop the
 * menu's key equivalent anyway). The page therefore listens for these keys only when no native menu
 * is there (the browser host): it sees the preload's `opdrachten` bridge and leaves the keys to the
 * menu, so one key press never runs a command twice.
 */
export function menuSjabloon(staat: MenuStaat, stuur: (id: OpdrachtId) => void): MenuOnderdeel[] {
  const item = (o: Opdracht): MenuOnderdeel => ({
    label: o.label,
    accelerator: versneller(o),
    enabled: isVanToepassing(o, staat),
    click: () => stuur(o.id as OpdrachtId),
  });
  const palet = opdracht('palet');
  return [
    {
      label: 'Bestand',
      submenu: [
        ...bestandOpdrachten('boven').map(item),
        SCHEIDING,
        { label: 'Recente bestanden', submenu: recenteItems(staat.recent, stuur) },
        SCHEIDING,
        ...bestandOpdrachten('onder').map(item),
        SCHEIDING,
        { role: 'quit', label: 'Afsluiten' },
      ],
    },
    { label: 'Bewerken', role: 'editMenu' },
    {
      label: 'Beeld',
      submenu: [
        item(palet),
        SCHEIDING,
        { role: 'resetZoom', label: 'Ware grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
      ],
    },
  ];
}

/**
 * The recent files that still exist, as the in-app menu lists them. Each sends the place of its
 * file in main's list (`recent-1` …); the page looks the file up by that place in `document.recent`
 * and opens it by id, the way the welcome screen does. The menu is rebuilt after every document
 * command, so the places it sends match the list the page reads.
 */
function recenteItems(recent: readonly RecentFile[], stuur: (id: OpdrachtId) => void): MenuOnderdeel[] {
  const items = recent.flatMap((r, index) => {
    const id = recentOpdracht(index + 1);
    return r.bestaat && id ? [{ label: r.bestandsnaam, click: () => stuur(id) }] : [];
  });
  return items.length ? items : [{ label: 'Geen recente bestanden', enabled: false }];
}
