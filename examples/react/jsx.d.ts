// React 19 passes properties and `on<event>` listeners to custom elements as they are; this tells
// TypeScript which ones <job-list> and <job-detail> take.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Job, JobDetail, JobList, JobSelectEvent } from 'job-widgets';

type ElementProps<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'job-list': ElementProps<JobList> & {
        jobs?: readonly Job[];
        src?: string;
        'group-by'?: 'department';
        'onjob-select'?: (event: JobSelectEvent) => void;
      };
      'job-detail': ElementProps<JobDetail> & { job?: Job; 'heading-level'?: number };
    }
  }
}
