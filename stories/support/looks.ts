/**
 * The three looks shipped in src/themes/ are plain CSS for the page. The `look` toolbar global
 * puts one of them in the preview document, so every story can be seen in every look.
 */
import type { Decorator } from '@storybook/web-components-vite';
import corporate from '../../src/themes/corporate.css?inline';
import midnight from '../../src/themes/midnight.css?inline';
import neutral from '../../src/themes/neutral.css?inline';

export const LOOKS = { neutral, midnight, corporate } as const;
export type Look = keyof typeof LOOKS;

function isLook(value: unknown): value is Look {
  return typeof value === 'string' && Object.hasOwn(LOOKS, value);
}

/** One `<style>` in the preview's head holds the current look. */
export const withLook: Decorator = (story, context) => {
  const look: Look = isLook(context.globals.look) ? context.globals.look : 'neutral';
  let sheet = document.getElementById('job-look');
  if (!sheet) {
    sheet = document.createElement('style');
    sheet.id = 'job-look';
    document.head.append(sheet);
  }
  sheet.textContent = LOOKS[look];
  sheet.dataset.look = look;
  return story();
};
