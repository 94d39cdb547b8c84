import { useQuery } from '@tanstack/react-query';
import type * as AtlasModuleNamespace from './atlas-module.ts';

export type AtlasModule = typeof AtlasModuleNamespace;

/** Loads the atlas chunk once; every page that needs it shares the same module. */
export function useAtlas(): { atlas: AtlasModule | undefined; error: Error | null } {
  const { data, error } = useQuery({
    queryKey: ['atlas-module'],
    queryFn: () => import('./atlas-module.ts'),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return { atlas: data, error };
}
