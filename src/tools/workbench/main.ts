/**
 * The workbench's one script: in the page it starts the page (app.ts); loaded as a Web Worker (from a Blob URL
 * of this same script) it starts the worker (worker.ts). One bundle serves both, so the HTML file carries the
 * engine once.
 */
import { z } from 'zod';
import { startApp, type PageData } from './app.js';
import { startWorker } from './worker.js';

// No code generated at run time: the page's Content-Security-Policy forbids eval, and zod then runs without it.
z.config({ jitless: true });

declare const self: { onmessage: ((ev: MessageEvent) => void) | null; postMessage(m: unknown): void };

if (typeof document === 'undefined') {
  startWorker(self);
} else {
  const data = JSON.parse(document.getElementById('wb-data')!.textContent!) as PageData;
  const portfolio = document.getElementById('wb-portfolio-data')!.textContent!;
  const url = (window as unknown as { __WB_CODE_URL__: string }).__WB_CODE_URL__;
  startApp(data, portfolio, url);
}
