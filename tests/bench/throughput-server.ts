import { createServer } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

// One of the two servers the throughput bench compares, on a port it prints: the same
// placement handler (an in-memory store) behind Hono, or behind Node's bare http module.

const placement = {
  id: '01JPLAC000000000000000001',
  title: 'Packa varor',
  sector: 'logistics',
  tasks: ['packing'],
  seats: 2,
  seatsTaken: 0,
  schedule: { kind: 'halfDay', weekdays: ['mon', 'wed'] },
  location: { postcode: '21122', area: 'Centrum' },
  status: 'open',
  version: 3,
};
const store = new Map([[placement.id, placement]]);
const findPlacement = (id: string) => store.get(id);

function honoServer() {
  const app = new Hono();
  app.get('/v1/placements/:id', (c) => {
    const found = findPlacement(c.req.param('id'));
    return found ? c.json(found) : c.json({ status: 404 }, 404);
  });
  return serve({ fetch: app.fetch, port: 0 });
}

function bareServer() {
  return createServer((request, response) => {
    const id =
      request.method === 'GET' ? /^\/v1\/placements\/([^/?]+)$/.exec(request.url ?? '')?.[1] : undefined;
    const found = id ? findPlacement(id) : undefined;
    response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(found ?? { status: 404 }));
  }).listen(0);
}

const server = process.argv[2] === 'hono' ? honoServer() : bareServer();
server.on('listening', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : ''}\n`);
});
