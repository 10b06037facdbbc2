import type { Api } from '../../../shared/api/client';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the browser test host: the only way to main. */
    api: Api;
  }
}
