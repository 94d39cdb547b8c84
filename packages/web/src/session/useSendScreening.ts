import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { portalRecordKey } from '../portal/queries.ts';
import { shownAnswers } from '../screening/ScreeningStepper.tsx';
import { medicationLines, medicationPurposesOf, type ScreeningDraft } from '../screening/useScreeningDraft.ts';

/** Records answers given in a home routine with the clinic, as the portal's own safety check does. */
export function useSendScreening(clientId: string | undefined): {
  send: (draft: ScreeningDraft) => void;
  status: string;
} {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async (draft: ScreeningDraft) =>
      unwrap(
        await api.POST('/api/portal/records/{clientId}/screenings', {
          params: { path: { clientId: clientId ?? '' } },
          body: {
            answers: shownAnswers(draft.answers) as Record<string, string | number | boolean | string[]>,
            medications: medicationLines(draft),
            medicationPurposes: medicationPurposesOf(draft),
            regions: [],
          },
        }),
      ),
    onSuccess: () => {
      if (clientId) void queryClient.invalidateQueries({ queryKey: portalRecordKey(clientId) });
    },
  });
  const status = mutation.isPending
    ? 'Sending your answers to your clinic…'
    : mutation.isSuccess
      ? 'Your clinic has your new answers.'
      : mutation.isError
        ? 'Your answers could not reach your clinic; they still apply to this routine.'
        : '';
  const send = (draft: ScreeningDraft): void => {
    if (clientId) mutation.mutate(draft);
  };
  return { send, status };
}
