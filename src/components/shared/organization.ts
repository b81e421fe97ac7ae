/**
 * Who is hiring, for a job's JSON-LD: the feed's `organization` under an element's `org-*`
 * attributes. Pure, for `<job-detail>` and for the `<job-list>` that hands it down.
 */
import type { Organization } from '../../feed/types.js';

/** The `org-*` attributes of an element, in the order they override a feed's organization. */
export interface OrganizationAttributes {
  orgName: string | undefined;
  orgUrl: string | undefined;
  orgLogo: string | undefined;
}

/**
 * The organization from an element's `org-*` attributes over the feed's: `org-name` names another
 * organization, so the feed's web site and logo are not carried over to it; `org-url` and
 * `org-logo` alone replace those of the feed's organization.
 */
export function organizationOf(attributes: OrganizationAttributes, feed: Organization | undefined): Organization | undefined {
  const name = attributes.orgName?.trim();
  const base = name ? { name } : feed;
  if (!base) return undefined;
  return {
    ...base,
    ...(attributes.orgUrl ? { url: attributes.orgUrl } : {}),
    ...(attributes.orgLogo ? { logo: attributes.orgLogo } : {}),
  };
}
