// A TCP proxy in front of a loopback service (MariaDB in the fault tests) that the test controls:
// cut() makes the service vanish for the processes behind the proxy, restore() brings it back,
// without touching the shared database server itself.
//
//   const proxy = await startTcpProxy({ targetHost: '127.0.0.1', targetPort: 3306 });
//   // point a client at 127.0.0.1:proxy.port …
//   proxy.cut();            // live connections die, new ones are refused (ECONNREFUSED)
//   proxy.cut('reset');     // or: new connections are accepted and reset at once (ECONNRESET)
//   proxy.cut('silent');    // or: nothing is forwarded any more, but no socket closes (a hung database)
//   await proxy.restore();  // accepting and piping again, on the same port
//   await proxy.close();
import net from 'node:net';

/**
 * How a cut looks to clients:
 *  - 'refuse': the listener is closed, so connecting fails with ECONNREFUSED (the database is down);
 *  - 'reset':  connections are accepted and reset at once (a crashing or overloaded server);
 *  - 'silent': every socket stays open but nothing is forwarded either way, and new connections
 *    are accepted and left waiting (a hung server or a network that drops everything). On
 *    restore, what was held back flows on.
 * 'refuse' and 'reset' destroy every live connection when the cut starts.
 */
export type CutMode = 'refuse' | 'reset' | 'silent';

export interface TcpProxy {
  /** The port the proxy listens on (127.0.0.1); it stays the same across cut/restore. */
  port: number;
  /** Destroys all live connections and refuses new ones until restore(). */
  cut(mode?: CutMode): void;
  /** Accepts and pipes again; the promise resolves once the listener accepts. */
  restore(): Promise<void>;
  /** Destroys everything and stops listening. */
  close(): Promise<void>;
  /** Counters, for diagnostics. */
  readonly stats: { accepted: number; rejected: number; live: number; cuts: number };
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

export async function startTcpProxy(opts: { targetHost: string; targetPort: number }): Promise<TcpProxy> {
  if (!isLoopback(opts.targetHost)) throw new Error(`tcp-proxy only forwards to loopback addresses, not "${opts.targetHost}"`);
  if (!Number.isInteger(opts.targetPort) || opts.targetPort <= 0) throw new Error(`bad target port ${opts.targetPort}`);

  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  /** Clients accepted while silent, connected upstream on restore. */
  const waiting = new Set<net.Socket>();
  const stats = { accepted: 0, rejected: 0, live: 0, cuts: 0 };
  let state: 'open' | 'refuse' | 'reset' | 'silent' | 'closed' = 'open';

  const onConnection = (client: net.Socket) => {
    if (state === 'silent') {
      client.pause();
      client.on('error', () => {}).on('close', () => waiting.delete(client));
      waiting.add(client);
      return;
    }
    if (state !== 'open') {
      // 'reset' mode (or a connection that raced the listener closing): accept and reset.
      stats.rejected++;
      client.on('error', () => {});
      client.resetAndDestroy();
      return;
    }
    stats.accepted++;
    const upstream = net.connect({ host: opts.targetHost, port: opts.targetPort });
    const pair = { client, upstream };
    pairs.add(pair);
    stats.live = pairs.size;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      pairs.delete(pair);
      stats.live = pairs.size;
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    client.pipe(upstream);
    upstream.pipe(client);
  };

  const silence = () => {
    for (const { client, upstream } of pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  };
  const resume = () => {
    for (const { client, upstream } of pairs) {
      client.pipe(upstream);
      upstream.pipe(client);
    }
    for (const client of [...waiting]) {
      waiting.delete(client);
      onConnection(client);
      client.resume();
    }
  };

  let server = net.createServer(onConnection);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
        server.off('error', reject);
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  const port = await listen(0);

  const destroyAll = (reset: boolean) => {
    for (const { client, upstream } of [...pairs]) {
      if (reset) client.resetAndDestroy();
      else client.destroy();
      upstream.destroy();
    }
    pairs.clear();
    stats.live = 0;
  };

  let listening: Promise<void> = Promise.resolve();

  return {
    port,
    stats,
    cut(mode: CutMode = 'refuse') {
      if (state === 'closed') throw new Error('proxy is closed');
      stats.cuts++;
      if (mode === 'silent') {
        state = 'silent';
        silence();
        return;
      }
      if (mode === 'refuse' && server.listening) {
        // Stop listening first, so nothing new slips in between.
        server.close();
      }
      state = mode;
      destroyAll(mode === 'reset');
    },
    restore() {
      if (state === 'closed') return Promise.reject(new Error('proxy is closed'));
      if (state === 'open') return listening;
      const wasRefusing = state === 'refuse';
      const wasSilent = state === 'silent';
      state = 'open';
      if (wasSilent) resume();
      if (wasRefusing) {
        server = net.createServer(onConnection);
        listening = listen(port).then(() => undefined);
      }
      return listening;
    },
    async close() {
      state = 'closed';
      destroyAll(false);
      for (const client of waiting) client.destroy();
      waiting.clear();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
