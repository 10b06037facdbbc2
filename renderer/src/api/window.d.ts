import type { Api } from '../../../shared/api/client';
import type { OpdrachtBrug } from '../../../shared/opdrachten';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the browser test host: the only way to main. */
    api: Api;
    /** Only in Electron: the native menu's commands (the browser host has no native menu). */
    opdrachten?: OpdrachtBrug;
  }
}
