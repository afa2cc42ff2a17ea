import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * One build for the whole desk, into out/:
 *   out/main     the Electron main process, and the Node entries that share the core:
 *                cli.js (xuefa), web.js (browser mode), launch.js (npm start)
 *   out/preload  the sandboxed preload (CommonJS, everything bundled)
 *   out/renderer the React UI
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: {
        entry: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/cli/index.ts'),
          web: resolve('electron/web/index.ts'),
          launch: resolve('electron/launch/index.ts'),
        },
        formats: ['es'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // Less for the page to read and compile before the first screen shows.
      minify: true,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
});
