/**
 * A React 19 app that owns its routing: it fetches the feed itself, hands the jobs to
 * <job-list> as a property, and routes with its own state when a job is picked (cancelling the
 * list's in-place detail through `job-select`).
 */
import { useEffect, useState } from 'react';
import 'job-widgets';
import type { Job } from 'job-widgets';
// The elements' JSX types: every attribute, property and event, from the package.
import type {} from 'job-widgets/react';

export function App({ feedUrl }: { feedUrl: string }) {
  const [jobs, setJobs] = useState<Job[]>();
  const [route, setRoute] = useState<{ page: 'list' } | { page: 'job'; job: Job }>({ page: 'list' });

  useEffect(() => {
    const controller = new AbortController();
    fetch(feedUrl, { signal: controller.signal })
      .then((response) => response.json() as Promise<{ jobs: Job[] }>)
      .then((feed) => setJobs(feed.jobs))
      .catch(() => setJobs([]));
    return () => controller.abort();
  }, [feedUrl]);

  if (route.page === 'job') {
    return (
      <main>
        <button type="button" onClick={() => setRoute({ page: 'list' })}>
          All jobs
        </button>
        <p data-testid="route">Route: /careers/{route.job.id}</p>
        <job-detail job={route.job} heading-level={1}></job-detail>
      </main>
    );
  }
  return (
    <main>
      <h1>Careers</h1>
      <job-list
        jobs={jobs}
        group-by="department"
        onjob-select={(event) => {
          event.preventDefault();
          setRoute({ page: 'job', job: event.job });
        }}
      ></job-list>
    </main>
  );
}
