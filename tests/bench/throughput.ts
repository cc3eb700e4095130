import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

// 5. Requests a second of GET /v1/placements/{id} with the handler on an in-memory store,
// Hono against Node's bare http module. The server runs alone on one core (taskset);
// the load comes from this process over keep-alive connections, the same for both.

const serverModule = fileURLToPath(new URL('./throughput-server.ts', import.meta.url));
const path = '/v1/placements/01JPLAC000000000000000001';

export interface ThroughputFigures {
  server: 'hono' | 'bare';
  requestsPerSecond: number;
  requests: number;
  seconds: number;
}

async function startServer(kind: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn('taskset', ['-c', '0', process.execPath, '--import', 'tsx', serverModule, kind], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
    child.stdout!.once('data', (data: Buffer) => resolve(Number(data.toString().trim())));
  });
  return { child, port };
}

function load(port: number, seconds: number, connections: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const req = request({ port, path, agent }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`status ${response.statusCode}`));
        response.resume();
        response.on('end', () => {
          done++;
          resolve();
        });
      });
      req.on('error', reject);
      req.end();
    });
  const worker = async () => {
    while (performance.now() < until) await one();
  };
  return Promise.all(Array.from({ length: connections }, worker)).then(() => {
    agent.destroy();
    return done;
  });
}

export async function throughputBench(
  seconds = 8,
  connections = 32,
  order: readonly ('hono' | 'bare')[] = ['hono', 'bare', 'hono', 'bare'],
): Promise<ThroughputFigures[]> {
  const figures: ThroughputFigures[] = [];
  for (const server of order) {
    const { child, port } = await startServer(server);
    try {
      await load(port, 1, connections); // warm-up: JIT, connections
      const started = performance.now();
      const requests = await load(port, seconds, connections);
      const elapsed = (performance.now() - started) / 1000;
      figures.push({ server, requestsPerSecond: requests / elapsed, requests, seconds: elapsed });
    } finally {
      child.kill();
    }
  }
  return figures;
}
