import { contextBridge, ipcRenderer } from 'electron';
import { type Api, buildApi } from '../../shared/api/client';

// The contract's channel names, put here by the build (electron.vite.config.ts) so the sandboxed
// bundle carries the names without the contract's schemas (zod).
declare const __KANAALNAMEN__: readonly string[];

// The only thing the sandboxed page gets: one typed object whose functions each invoke one
// named channel. No ipcRenderer, no generic send, no Node.
const api: Api = buildApi(__KANAALNAMEN__, (channel, input) => ipcRenderer.invoke(channel, input));

contextBridge.exposeInMainWorld('api', api);
