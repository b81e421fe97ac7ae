// The Astro example: a static site (`astro build` writes plain files), whose page prerenders the
// list with `job-widgets/ssr`. `job-widgets` is the package's own exports (dist/, so run
// `npm run build` first), as an app that installed it would import it.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
});
