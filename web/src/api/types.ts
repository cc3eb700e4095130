import type { InferResponseType } from 'hono/client';
import type { api, devApi } from './client.ts';

// The shapes the web reads, as the API's routes declare them.
export type Employer = InferResponseType<(typeof api.v1.employers)[':id']['$get'], 200>;
export type Placement = InferResponseType<(typeof api.v1.placements)[':id']['$get'], 200>;
export type DemoUser = InferResponseType<typeof devApi.users.$get, 200>['items'][number];
