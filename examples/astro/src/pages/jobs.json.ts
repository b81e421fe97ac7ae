// `/jobs.json`, written by `astro build` beside the page: the feed the list names as its `src`.
import type { APIRoute } from 'astro';
import { built } from '../feed.js';

export const GET: APIRoute = () => new Response(built.json, { headers: { 'content-type': 'application/json' } });
