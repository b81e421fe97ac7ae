// The demo page's own script: a switcher between three looks made with CSS alone, and one between
// the widgets' languages (the `lang` and `dir` of the element around the list, which it follows).
// The widgets themselves come from the script-tag bundle, loaded by index.html as any site would.
import neutral from '../src/themes/neutral.css?inline';
import midnight from '../src/themes/midnight.css?inline';
import corporate from '../src/themes/corporate.css?inline';

const themes: Record<string, string> = { neutral, midnight, corporate };
const sheet = document.getElementById('job-theme')!;
// The corporate look shows the list's sidebar layout: search and filters beside the cards.
const SIDEBAR_LOOKS = new Set(['corporate']);

function applyTheme(name: string): void {
  sheet.textContent = themes[name] ?? neutral;
  document.documentElement.dataset.theme = name;
  for (const list of document.querySelectorAll('job-list')) list.toggleAttribute('layout', false);
  if (SIDEBAR_LOOKS.has(name)) for (const list of document.querySelectorAll('job-list')) list.setAttribute('layout', 'sidebar');
}

document.querySelector('.theme-switcher')!.addEventListener('change', (event) => {
  applyTheme((event.target as HTMLInputElement).value);
});
applyTheme((document.querySelector<HTMLInputElement>('.theme-switcher input:checked')?.value) ?? 'neutral');

const board = document.querySelector<HTMLElement>('.job-board')!;
document.querySelector('.language-switcher select')!.addEventListener('change', (event) => {
  const lang = (event.target as HTMLSelectElement).value;
  board.lang = lang;
  board.dir = lang === 'ar' ? 'rtl' : 'ltr';
});
