// Builds the Svelte example the way an app would: `job-widgets` comes from the package's own
// exports (dist/, so run `npm run build` first).
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  // Relative URLs, so the built app works from any folder of a static host.
  base: './',
  plugins: [svelte({ configFile: false })],
  build: { outDir: process.env.OUT_DIR ?? 'dist', emptyOutDir: true, target: 'es2022' },
});
