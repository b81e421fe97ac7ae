// Builds the Vue example the way an app would: `job-widgets` comes from the package's own exports
// (dist/, so run `npm run build` first); Vue's compiler leaves job-* tags to the browser.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  // Relative URLs, so the built app works from any folder of a static host.
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('job-') } } })],
  build: { outDir: process.env.OUT_DIR ?? 'dist', emptyOutDir: true, target: 'es2022' },
});
