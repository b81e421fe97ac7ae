// Builds the React example the way an app would: `job-widgets` comes from the package's own
// exports (dist/, so run `npm run build` first), React's JSX through Vite's built-in transform.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  // Relative URLs, so the built app works from any folder of a static host.
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: process.env.OUT_DIR ?? 'dist', emptyOutDir: true, target: 'es2022' },
});
