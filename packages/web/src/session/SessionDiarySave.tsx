import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAccount } from '../account/useAccount.ts';
import { api } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { localDate } from '../outcomes/dates.ts';
import { addDiaryEntry, outcomesKey, type OutcomeSource } from '../outcomes/queries.ts';

/**
 * At the end of a guided session, for someone signed in: keep the pain before and after in their diary on
 * the server (a self-care account's own, or a clinic client's record), where the charts and reports use it.
 */
export function SessionDiarySave({
  painBefore,
  painAfter,
}: {
  painBefore: number | undefined;
  painAfter: number | undefined;
}): React.JSX.Element | null {
  const { account } = useAccount();
  const queryClient = useQueryClient();
  const isClient = account?.memberships.some((m) => m.role === 'client') ?? false;
  const records = useQuery({
    queryKey: ['portal-records'],
    queryFn: async () => unwrap(await api.GET('/api/portal/records')),
    enabled: isClient && !account?.user.mustChangePassword,
  });
  const source: OutcomeSource | undefined = !account
    ? undefined
    : isClient
      ? records.data?.[0]
        ? { kind: 'portal', clientId: records.data[0].clientId }
        : undefined
      : { kind: 'me' };
  const save = useMutation({
    mutationFn: async (target: OutcomeSource) => {
      await addDiaryEntry(target, {
        kind: 'session',
        date: localDate(),
        ...(painBefore !== undefined ? { painBefore } : {}),
        ...(painAfter !== undefined ? { painAfter } : {}),
      });
      await queryClient.invalidateQueries({ queryKey: outcomesKey(target) });
    },
  });
  if (!account || account.user.mustChangePassword || !source || (painBefore === undefined && painAfter === undefined)) {
    return null;
  }
  return (
    <div className="card">
      {save.isSuccess ? (
        <p role="status">Kept in your diary: the chart marks this session.</p>
      ) : (
        <>
          <p>Keep this session’s pain before and after in your diary, so the chart and reports show it.</p>
          <button type="button" className="button" disabled={save.isPending} onClick={() => save.mutate(source)}>
            {save.isPending ? 'Saving…' : 'Save to my diary'}
          </button>
        </>
      )}
      {save.isError ? (
        <p role="alert" className="alert alert--error">
          The session could not be saved. {problemMessage(problemOf(save.error))}
        </p>
      ) : null}
    </div>
  );
}
