import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';

function useServerVersion(): string | undefined {
  const { data } = useQuery({
    queryKey: ['health'],
    queryFn: async () => {
      const { data: health } = await api.GET('/api/health');
      return health;
    },
  });
  return data?.version;
}

export function Footer(): React.JSX.Element {
  const version = useServerVersion();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="disclaimer">
          <strong>Myomap is self-care information, not a diagnosis or a substitute for medical care.</strong> Pain maps
          show where to look, not what is wrong. Seek medical help first for chest pain, a sudden severe headache, new
          weakness or numbness, loss of bladder or bowel control, or fever with back pain. Myomap never recommends
          medicines: ask your doctor or pharmacist.
        </p>
        <p className="footer-meta">
          Open source · <a href="/api/docs">API documentation</a>
          {version ? <> · version {version}</> : null}
        </p>
      </div>
    </footer>
  );
}
