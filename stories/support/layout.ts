/**
 * Room for `layout="sidebar"`. A list puts search and filters beside its cards only where the list
 * itself is at least 48em wide (a container query on its own width, not the page's), which a
 * story's canvas need not be: a Docs page's column, a narrow panel, a phone in the Viewport
 * toolbar. A story that shows the sidebar gives the list a 64em region, which scrolls sideways
 * where the canvas is narrower.
 */
import { html, type TemplateResult } from 'lit';

export function wideEnoughForSidebar(content: unknown): TemplateResult {
  return html`<div style="overflow-x: auto"><div style="min-inline-size: 64em">${content}</div></div>`;
}
