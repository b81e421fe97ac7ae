/** Headings whose level the page chooses, so each element fits the page's outline. */
import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The level a `heading-level` value stands for; anything outside 1–6 gives `fallback`. */
export function headingLevel(level: number | undefined, fallback: number): number {
  return Number.isInteger(level) && level! >= 1 && level! <= 6 ? level! : fallback;
}

/** The heading tag for a `heading-level` value; anything outside 1–6 gives `fallback`. */
export function headingTag(level: number | undefined, fallback: number): StaticValue {
  return TAGS[headingLevel(level, fallback) - 1]!;
}
