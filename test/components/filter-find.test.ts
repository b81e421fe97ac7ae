// A filter of many values: its panel shows the selected values and the most common others, 50
// in all, with a box that finds the rest. Keyboard, labels, counts and axe as for any filter.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/job-list/define.js';
import type { Job } from '../../src/feed/types.js';
import { typeInto, type JobListHarness } from '../harness/job-list.js';
import { deepActiveElement, listFixture, resetLocation } from './job-list-helpers.js';

// 119 places: Berlin has 5 jobs, Paris 3, then 117 places with one job each, Zürich last of all.
function jobs(): Job[] {
  const places = [...Array(5).fill('Berlin'), ...Array(3).fill('Paris')];
  for (let i = 0; i < 117; i++) places.push(i === 116 ? 'Zürich' : `Town ${String(i).padStart(3, '0')}`);
  return places.map((place, i) => ({
    id: `job-${i}`,
    title: `Job ${i} in ${place}`,
    locations: [place],
    department: i % 2 ? 'Design' : 'Engineering',
    datePosted: new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString(),
    html: '',
  }));
}

const optionLabels = (group: HTMLElement) =>
  [...group.querySelectorAll('[part~="filter-option"]')].map((label) => label.querySelector('span')!.textContent!.trim());
const findBox = (group: HTMLElement) => group.querySelector<HTMLInputElement>('[part~="filter-find"]');
const foundText = (group: HTMLElement) => group.querySelector('[part~="filter-found"]')!.textContent!.trim();

describe('<job-list>: a filter of many values', () => {
  let list: JobListHarness;
  beforeEach(async () => {
    resetLocation();
    list = await listFixture(html`<job-list filters="location department" .jobs=${jobs()}></job-list>`);
    await list.loaded();
  });

  it('shows the 50 most common values, in order, with a box that finds the others', async () => {
    const group = await list.openFilter('Location');
    const labels = optionLabels(group);
    expect(labels).to.have.length(50);
    expect(labels).to.include.members(['Berlin', 'Paris']);
    expect(labels).not.to.include('Zürich');
    expect([...labels].sort((a, b) => a.localeCompare(b))).to.deep.equal(labels);
    expect(group.querySelector('[part~="filter-option"]')!.textContent).to.contain('(5)');
    const box = findBox(group)!;
    expect(box.labels![0]!.textContent!.trim()).to.equal('Find');
    expect(box.getAttribute('aria-describedby')).to.equal(group.querySelector('[part~="filter-found"]')!.id);
    expect(foundText(group)).to.equal('50 of 119 shown');
    await expect(list.element).to.be.accessible();
  });

  it('finds a value by what is typed, folded like the search, and keeps it while it is ticked', async () => {
    const group = await list.openFilter('Location');
    typeInto(findBox(group)!, 'zurich');
    await list.updated();
    expect(optionLabels(group)).to.deep.equal(['Zürich']);
    expect(foundText(group)).to.equal('1 of 1 shown');
    group.querySelector<HTMLInputElement>('[part~="filter-option"] input')!.click();
    expect(await list.titles()).to.deep.equal(['Job 124 in Zürich']);
    // Cleared, the box shows the most common values again, and the ticked one with them.
    typeInto(findBox(group)!, '');
    await list.updated();
    const labels = optionLabels(group);
    expect(labels).to.have.length(50);
    expect(labels).to.include.members(['Zürich', 'Berlin']);
    await expect(list.element).to.be.accessible();
  });

  it('works from the keyboard: Tab reaches the box, then the options; Escape closes', async () => {
    const button = list.filterButtons()[0]!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await list.updated();
    await sendKeys({ press: 'Tab' });
    const group = button.closest<HTMLElement>('[part~="filter-group"]')!;
    // Firefox stops on the panel itself first: a region that scrolls is reachable by keyboard.
    if (deepActiveElement() === group.querySelector('[part~="filter-options"]')) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === findBox(group), `focus on ${deepActiveElement()?.outerHTML}`).to.equal(true);
    await sendKeys({ type: 'town 11' });
    await list.updated();
    expect(optionLabels(group)).to.deep.equal(['Town 110', 'Town 111', 'Town 112', 'Town 113', 'Town 114', 'Town 115']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await list.updated();
    expect(list.element.selection).to.deep.equal({ location: ['Town 110'] });
    await sendKeys({ press: 'Escape' });
    await list.updated();
    expect(deepActiveElement() === button, `focus on ${deepActiveElement()?.outerHTML}`).to.equal(true);
    // Opened again, it starts from the most common values, not from what was typed.
    button.click();
    await list.updated();
    expect(findBox(group)!.value).to.equal('');
    expect(optionLabels(group)).to.have.length(50);
  });

  it('a filter of 50 values or fewer has no box', async () => {
    const group = await list.openFilter('Department');
    expect(findBox(group) === null).to.equal(true);
  });
});
