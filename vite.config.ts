// The demo careers page (`npm start`): Vite serves demo/, and the job-widgets Vite plugin builds
// demo/postings/ into /jobs.json and rebuilds it when a posting changes.
import { defineConfig } from 'vite';
import jobWidgets from './src/vite.ts';

export default defineConfig({
  root: 'demo',
  plugins: [jobWidgets({ postings: 'postings', feed: 'jobs.json' })],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
