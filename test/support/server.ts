/**
 * An HTTPS server on 127.0.0.1 that answers for real hostnames (mail.google.com, …) so saved pages
 * load at their real URLs. Chromium reaches it through --host-resolver-rules; the certificate is
 * a throwaway self-signed one (the browser runs with ignoreHTTPSErrors). Loopback only.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

export interface Response {
  status?: number;
  type: string;
  body: string | Buffer;
}

export type Handler = (host: string, pathname: string) => Response | null;

export interface LoopbackServer {
  port: number;
  /** Hostnames this server answers for. */
  hosts: readonly string[];
  /** Value for Chromium's --host-resolver-rules. */
  hostResolverRules: string;
  close(): Promise<void>;
}

export async function startLoopbackServer(hosts: readonly string[], handler: Handler): Promise<LoopbackServer> {
  const pems = await generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2, value })) }],
  });
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const pathname = new URL(req.url ?? '/', 'https://x').pathname;
    let response: Response | null = null;
    try {
      response = hosts.includes(host) ? handler(host, pathname) : null;
    } catch (error) {
      console.error('[test-server]', host, pathname, error);
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      return;
    }
    if (!response) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(response.status ?? 200, { 'content-type': response.type, 'cache-control': 'no-store' });
    res.end(response.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hosts,
    hostResolverRules: [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'EXCLUDE localhost'].join(', '),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
