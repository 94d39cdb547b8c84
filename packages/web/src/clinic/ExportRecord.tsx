import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';

function fileName(name: string, id: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `myomap-client-${slug || id}-${new Date().toISOString().slice(0, 10)}.json`;
}

/** Saves everything held about the client as a JSON file (a subject access request, or a move). */
export function ExportRecord({
  clinicId,
  clientId,
  clientName,
}: {
  clinicId: string;
  clientId: string;
  clientName: string;
}): React.JSX.Element {
  const base = `/api/clinics/${encodeURIComponent(clinicId)}/clients/${encodeURIComponent(clientId)}`;
  const download = useMutation({
    mutationFn: async () => {
      const data = unwrap(
        await api.GET('/api/clinics/{clinicId}/clients/{clientId}/export', {
          params: { path: { clinicId, clientId } },
        }),
      );
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      try {
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName(clientName, clientId);
        document.body.append(link);
        link.click();
        link.remove();
      } finally {
        // Give the browser a moment to start the download before the data goes.
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }
    },
  });
  return (
    <section aria-labelledby="export-title" className="card clinic-section">
      <h2 id="export-title">Export</h2>
      <p>
        Everything held about the client — contact details, medicines, screenings, pain drawings, session notes, visits,
        home programs, the pain diary, questionnaires, consent signatures and who looked at the record — as one file,
        for a request to see their data or a move to another clinic.
      </p>
      <div className="button-row">
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate()}>
          {download.isPending ? 'Preparing the file…' : 'Download record (JSON)'}
        </button>
        <a className="button" href={`${base}/report.pdf`} download>
          Progress report (PDF)
        </a>
        <a className="button" href={`${base}/fhir`} download={`myomap-client-${clientId}.fhir.json`}>
          FHIR R4 Bundle
        </a>
        <a className="button" href={`${base}/drawings/choir`} download={`myomap-client-${clientId}.choir.json`}>
          Pain drawings (CHOIR body map)
        </a>
      </div>
      <p className="muted">
        The progress report is for a doctor or insurer: measures, change against published thresholds, sessions and body
        maps. The FHIR Bundle is for other health systems. The pain drawings file names each painful area in the CHOIR
        body map’s 74 regions, for research registries and clinics that use it.
      </p>
      {download.isSuccess ? (
        <p role="status" className="muted">
          Downloaded. The file holds health data: keep it somewhere safe, and delete it when no longer needed.
        </p>
      ) : null}
      {download.isError ? (
        <p className="alert alert--error" role="alert">
          The record could not be downloaded. {problemMessage(problemOf(download.error))}
        </p>
      ) : null}
    </section>
  );
}
