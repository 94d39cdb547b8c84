import type { QueryClient } from '@tanstack/react-query';

export function noteQueryKey(clinicId: string, clientId: string, noteId: string): readonly string[] {
  return ['notes', 'note', clinicId, clientId, noteId];
}

export function clientProfileKey(clinicId: string, clientId: string): readonly string[] {
  return ['notes', 'client-profile', clinicId, clientId];
}

export function notePath(clinicId: string, clientId: string, noteId: string): string {
  return `/clinic/${encodeURIComponent(clinicId)}/clients/${encodeURIComponent(clientId)}/notes/${encodeURIComponent(noteId)}`;
}

export function clientPath(clinicId: string, clientId: string): string {
  return `/clinic/${encodeURIComponent(clinicId)}/clients/${encodeURIComponent(clientId)}`;
}

/**
 * After a note changes, the client's record, timeline and lists elsewhere are out of date. The account,
 * the atlas and the notes already in memory (set from the server's answer) are not.
 */
export async function refreshAfterNoteChange(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({
    predicate: (query) => !['account', 'atlas-module', 'notes'].includes(String(query.queryKey[0])),
    refetchType: 'none',
  });
}
