/**
 * The loading-failed and not-found messages of `<job-card>` and `<job-detail>`: one box with
 * the same parts, roles and spacing in both.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export interface StatusOptions {
  /** The element's root part, added to `status` so a designer can style both at once. */
  rootPart: string;
  /** A button under the message, such as Retry. */
  action?: TemplateResult;
  /** Errors are alerts and get the danger colour; other messages are polite statuses. */
  isError?: boolean;
}

export function renderStatus(message: string, { rootPart, action, isError = false }: StatusOptions): TemplateResult {
  return html`<div part="${rootPart} status" class="root message status ${isError ? 'error' : ''}" role=${isError ? 'alert' : 'status'}>
    <p class="status-text">${message}</p>
    ${action ?? nothing}
  </div>`;
}

export const statusStyles = css`
  .status {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-s);
  }

  .status-text {
    margin: 0;
  }
`;
