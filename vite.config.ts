import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and loaded by Electron (app:// protocol) or served by browser mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Inline assets would need data: URLs for fonts and scripts; keep every asset a file so the CSP stays strict.
    assetsInlineLimit: 0,
  },
});
