import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFoundProblem } from './error-handler.ts';

function wantsPage(request: FastifyRequest): boolean {
  return (
    request.method === 'GET' && !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html')
  );
}

/**
 * Serves the built web app. Paths that are not files get index.html so the client router
 * can show them (a shared link to /atlas/soleus works); API paths get a 404 problem.
 */
export async function installWebApp(app: FastifyInstance, distDir: string | undefined): Promise<void> {
  const indexFile = distDir ? path.join(distDir, 'index.html') : undefined;
  if (distDir && indexFile && existsSync(indexFile)) {
    await app.register(fastifyStatic, {
      root: path.resolve(distDir),
      wildcard: false,
      // Source maps stay private even if a build made them (vite's build.sourcemap): 404 like any missing file.
      allowedPath: (pathName) => !pathName.endsWith('.map'),
      // Hashed assets never change; index.html and the service worker must always revalidate.
      setHeaders: (reply, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
      wantsPage(request)
        ? reply.header('cache-control', 'no-cache').sendFile('index.html')
        : notFoundProblem(request, reply),
    );
    return;
  }
  app.setNotFoundHandler(notFoundProblem);
}
