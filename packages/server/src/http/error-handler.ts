import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  capErrors,
  describeErrors,
  fieldPath,
  HttpProblem,
  problem,
  PROBLEM_CONTENT_TYPE,
  type FieldError,
  type ProblemDetails,
} from './problem.ts';

const LOCATION_NAMES: Readonly<Record<string, string>> = { querystring: 'query' };

function sendProblem(reply: FastifyReply, body: ProblemDetails): FastifyReply {
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(capErrors(body));
}

function validationErrors(error: FastifyError): FieldError[] {
  const location = LOCATION_NAMES[error.validationContext ?? ''] ?? error.validationContext ?? 'request';
  return (error.validation ?? []).map((issue) => {
    const segments = issue.instancePath.split('/').filter((s) => s !== '');
    return { field: fieldPath(location, segments), message: issue.message ?? 'is invalid' };
  });
}

/**
 * Every error leaves as problem details. Client errors say what is wrong and where;
 * server errors say nothing about internals (the log has the stack).
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const instance = request.url;
    if (error instanceof HttpProblem) {
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendProblem(reply, { ...error.problem, instance });
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const errors = validationErrors(error);
      return sendProblem(reply, problem(400, describeErrors(errors), { instance, errors }));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, problem(status, error.message, { instance }));
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem(status >= 500 && status < 600 ? status : 500, undefined, { instance }));
  });
}

export function notFoundProblem(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(
    reply,
    problem(404, `No such resource: ${request.method} ${request.url.split('?')[0]}`, {
      instance: request.url,
    }),
  );
}
