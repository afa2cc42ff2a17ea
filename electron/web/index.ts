import { startBrowserMode } from './start';

/** Entry of `node out/main/web.js`: browser mode on 127.0.0.1. */
await startBrowserMode();
