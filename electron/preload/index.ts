import { contextBridge, ipcRenderer } from 'electron';
import { type Api, buildApi } from '../../shared/api/client';
import { isOpdrachtId, OPDRACHT_KANAAL, type OpdrachtBrug, type OpdrachtId } from '../../shared/opdrachten';

// The contract's channel names, put here by the build (electron.vite.config.ts) so the sandboxed
// bundle carries the names without the contract's schemas (zod).
declare const __KANAALNAMEN__: readonly string[];

// The only thing the sandboxed page gets: one typed object whose functions each invoke one
// named channel. No ipcRenderer, no generic send, no Node.
const api: Api = buildApi(__KANAALNAMEN__, (channel, input) => ipcRenderer.invoke(channel, input));

contextBridge.exposeInMainWorld('api', api);

// The native menu's commands: one way, main → page, and only an id from the fixed list
// (shared/opdrachten.ts) ever reaches the page's callback; the Electron event object never does.
const opdrachten: OpdrachtBrug = {
  opOpdracht(luister: (id: OpdrachtId) => void) {
    const bijBericht = (_event: unknown, id: unknown) => {
      if (isOpdrachtId(id)) luister(id);
    };
    ipcRenderer.on(OPDRACHT_KANAAL, bijBericht);
    return () => {
      ipcRenderer.removeListener(OPDRACHT_KANAAL, bijBericht);
    };
  },
};

contextBridge.exposeInMainWorld('opdrachten', opdrachten);
