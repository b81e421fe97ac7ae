// `npm run analyze`: custom-elements.json from the elements' JSDoc, never written by hand.
export default {
  globs: ['src/components/job-list/job-list.ts', 'src/components/job-card/job-card.ts', 'src/components/job-detail/job-detail.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // The analyzer also guesses events from `dispatchEvent(new X(arg))` and names them after
      // the argument; the `@fires` tags in each doc header are the real list.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('job-'));
          }
        }
      },
    },
  ],
};
