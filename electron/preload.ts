// The renderer's only door into the app: `invoke` and `on`, on one channel pair, nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNEL, IPC_EVENT_CHANNEL } from '../src/api/channels';

contextBridge.exposeInMainWorld('bitext', {
  invoke: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, method, args),
  on: (event: string, listener: (payload: unknown) => void): (() => void) => {
    const relay = (_event: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, relay);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, relay);
  },
});
