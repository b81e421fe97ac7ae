// Storybook for the three elements: stories in stories/, rendered by the web-components Vite
// framework. Storybook's Vite builder also reads the root vite.config.ts, whose default build is
// the demo site (root demo/, public dir dist/cdn/, the feed plugin): viteFinal undoes all three,
// so stories resolve from the repository and use the sources, not the built bundle.
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { PluginOption } from 'vite';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

// The demo's feed plugin builds demo/postings/ into jobs.json and prerenders pages, and its
// page's stylesheet is inlined (`job-widgets:inline-stylesheet`); stories bring their own data.
function withoutDemoPlugins(plugins: PluginOption[] | undefined): PluginOption[] {
  const isDemoPlugin = (plugin: PluginOption) =>
    Boolean(plugin) && typeof plugin === 'object' && 'name' in plugin && (plugin.name === 'job-widgets' || plugin.name.startsWith('job-widgets:'));
  return (plugins ?? []).filter((plugin) => !isDemoPlugin(plugin));
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Docs: a page per element (its stories tagged `autodocs`), with the manifest's rows.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // This Storybook documents the elements: no "Get started" checklist for Storybook itself.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal(viteConfig) {
    return {
      ...viteConfig,
      root: projectRoot,
      publicDir: false,
      plugins: withoutDemoPlugins(viteConfig.plugins),
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // The renderer imports this Lit module; unless it is pre-bundled with the rest of Lit,
        // the page loads a second lit-html ("Multiple versions of Lit loaded").
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;
