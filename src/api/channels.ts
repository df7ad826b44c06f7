// The one IPC channel pair Electron uses. Kept free of imports so the sandboxed preload bundles nothing else.
export const IPC_CHANNEL = 'bitext:api';
export const IPC_EVENT_CHANNEL = 'bitext:event';
