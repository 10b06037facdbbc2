import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../../shared/api/channel-names';
import { type Api, buildApi } from '../../shared/api/client';

// The only thing the sandboxed page gets: one typed object whose functions each invoke one
// named channel. No ipcRenderer, no generic send, no Node.
const api: Api = buildApi(CHANNEL_NAMES, (channel, input) => ipcRenderer.invoke(channel, input));

contextBridge.exposeInMainWorld('api', api);
