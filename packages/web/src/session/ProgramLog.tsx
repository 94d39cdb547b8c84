import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { FormError } from '../account/FormError.tsx';
import { useAccount } from '../account/useAccount.ts';
import { api } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { portalProgramsKey } from '../portal/home-queries.ts';
import { adherenceText, todayIn } from '../portal/program-format.ts';
import './program-log.css';

export interface ProgramRef {
  clientId: string;
  programId: string;
}

/** `program=<clientId>:<programId>` from the portal's "Start today's routine" link. */
export function parseProgramParam(value: string | null): ProgramRef | undefined {
  const match = /^([^:]+):([^:]+)$/.exec(value ?? '');
  return match ? { clientId: match[1]!, programId: match[2]! } : undefined;
}

/**
 * At the end of a session started from a home program: log it in the program, with the pain before and
 * after that the session asked for. Only for someone signed in (the portal is theirs).
 */
export function ProgramLog({
  program,
  painBefore,
  painAfter,
}: {
  program: ProgramRef;
  painBefore: number | undefined;
  painAfter: number | undefined;
}): React.JSX.Element | null {
  const { account } = useAccount();
  const queryClient = useQueryClient();
  const log = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/portal/records/{clientId}/home-programs/{programId}/logs', {
          params: { path: program },
          body: {
            doneOn: todayIn(),
            ...(painBefore !== undefined ? { painBefore } : {}),
            ...(painAfter !== undefined ? { painAfter } : {}),
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalProgramsKey(program.clientId) }),
  });
  if (!account) return null;

  return (
    <section className="program-log" aria-labelledby="program-log-title">
      <h3 id="program-log-title">Your home program</h3>
      {log.isSuccess ? (
        <>
          <p role="status" className="alert alert--success">
            Logged in “{log.data.title}” for today: {adherenceText(log.data.adherence)}. Your therapist can see it.
          </p>
          <p>
            <Link to="/portal">Back to your home program</Link>
          </p>
        </>
      ) : (
        <>
          <p>
            This routine is part of the home program from your clinic. Log it so your therapist sees how it is going,
            with your pain before and after.
          </p>
          <FormError error={log.isPending ? null : log.error} />
          <button
            type="button"
            className="button button--primary"
            disabled={log.isPending}
            onClick={() => log.mutate()}
          >
            {log.isPending ? 'Logging…' : 'Log this routine in your home program'}
          </button>
        </>
      )}
    </section>
  );
}
