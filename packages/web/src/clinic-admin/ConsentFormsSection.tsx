import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DEFAULT_CONSENT_FORM } from '@myomap/core/practice/consent.ts';
import { api, type Schemas } from '../api/client.ts';
import { fieldError, problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { formatDate, formatDateTime } from '../notes/note-form.ts';
import { adminKeys, refreshAudit } from './admin-queries.ts';

type ConsentForm = Schemas['ConsentForm'];

interface FormKind {
  current: ConsentForm;
  earlier: ConsentForm[];
}

/** The newest version of each kind, with the versions it replaced (newest first). */
function byKind(forms: readonly ConsentForm[]): FormKind[] {
  const groups = new Map<string, ConsentForm[]>();
  for (const form of forms) groups.set(form.kind, [...(groups.get(form.kind) ?? []), form]);
  return [...groups.values()]
    .map((versions) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      return { current: sorted[0]!, earlier: sorted.slice(1) };
    })
    .sort((a, b) => a.current.kind.localeCompare(b.current.kind));
}

function PublishForm({
  clinicId,
  kind,
  nextVersion,
  initialTitle,
  initialBody,
  headingLevel = 4,
  onDone,
}: {
  clinicId: string;
  headingLevel?: 3 | 4;
  kind: string;
  nextVersion: number;
  initialTitle: string;
  initialBody: string;
  onDone: (published?: ConsentForm) => void;
}): React.JSX.Element {
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(initialTitle);
  const [body, setBody] = useState(initialBody);
  const id = `publish-${kind}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const mutation = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/consent-forms', {
          params: { path: { clinicId } },
          body: { kind, title, body },
        }),
      ),
    onSuccess: async (published) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.consentForms(clinicId) }),
        refreshAudit(queryClient, clinicId),
      ]);
      onDone(published);
    },
  });
  const problem = mutation.error ? problemOf(mutation.error) : undefined;
  const errors = { title: fieldError(problem, 'title'), body: fieldError(problem, 'body') };
  const unchanged = title.trim() === initialTitle.trim() && body.trim() === initialBody.trim() && nextVersion > 1;
  return (
    <form
      className="form form--wide publish-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate();
      }}
    >
      <Heading id={`${id}-title`}>Publish version {nextVersion}</Heading>
      <div className="alert alert--warning">
        <p>
          Publishing a new version means <strong>every client will be asked to sign again</strong>, at their next visit
          or in the portal. Signatures of earlier versions stay on record. Change only what needs changing.
        </p>
      </div>
      {mutation.isError ? (
        <div className="alert alert--error" role="alert">
          <p>
            The new version was not published.{' '}
            {errors.title || errors.body
              ? 'Please correct the fields marked below.'
              : problemMessage(problem, 'The server could not be reached. Please try again.')}
          </p>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-form-title`}>Title</label>
        <input
          id={`${id}-form-title`}
          value={title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-form-title-error` : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {errors.title ? (
          <p className="field__error" id={`${id}-form-title-error`}>
            {errors.title}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-form-body`}>Text</label>
        <span className="field__hint" id={`${id}-form-body-hint`}>
          Plain text; leave an empty line between paragraphs.
        </span>
        <textarea
          id={`${id}-form-body`}
          rows={14}
          value={body}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? `${id}-form-body-hint ${id}-form-body-error` : `${id}-form-body-hint`}
          onChange={(e) => setBody(e.target.value)}
        />
        {errors.body ? (
          <p className="field__error" id={`${id}-form-body-error`}>
            {errors.body}
          </p>
        ) : null}
      </div>
      {unchanged ? <p className="muted">The text is the same as the current version.</p> : null}
      <p className="button-row">
        <button type="submit" className="button button--primary" disabled={mutation.isPending || unchanged}>
          {mutation.isPending ? 'Publishing…' : `Publish version ${nextVersion}`}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          Cancel
        </button>
      </p>
    </form>
  );
}

function FormCard({ clinicId, kind }: { clinicId: string; kind: FormKind }): React.JSX.Element {
  const { current, earlier } = kind;
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<string | undefined>(undefined);
  return (
    <article className="consent-form" aria-labelledby={`consent-${current.kind}`}>
      <h3 id={`consent-${current.kind}`}>{current.title}</h3>
      <p className="muted">
        Version {current.version}, published {formatDateTime(current.publishedAt)}
        {earlier.length > 0
          ? `. Earlier: ${earlier.map((f) => `version ${f.version} (${formatDate(f.publishedAt.slice(0, 10))})`).join(', ')}`
          : ''}
        .
      </p>
      <div
        className="consent-form__text"
        tabIndex={0}
        role="region"
        aria-label={`Text of “${current.title}”, version ${current.version}`}
      >
        {current.body}
      </div>
      <p role="status" className="muted">
        {published ?? ''}
      </p>
      {publishing ? (
        <PublishForm
          clinicId={clinicId}
          kind={current.kind}
          nextVersion={current.version + 1}
          initialTitle={current.title}
          initialBody={current.body}
          onDone={(form) => {
            setPublishing(false);
            if (form) setPublished(`Version ${form.version} published. Clients will be asked to sign it.`);
          }}
        />
      ) : (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setPublished(undefined);
              setPublishing(true);
            }}
          >
            Publish a new version<span className="visually-hidden"> of “{current.title}”</span>
          </button>
        </p>
      )}
    </article>
  );
}

export function ConsentFormsSection({ clinicId }: { clinicId: string }): React.JSX.Element {
  const query = useQuery({
    queryKey: adminKeys.consentForms(clinicId),
    queryFn: async () =>
      unwrap(await api.GET('/api/clinics/{clinicId}/consent-forms', { params: { path: { clinicId } } })),
  });
  const [creating, setCreating] = useState(false);
  return (
    <section className="admin-section" id="consent-forms" aria-labelledby="consent-forms-title">
      <h2 id="consent-forms-title">Consent forms</h2>
      <p className="muted">
        Clients sign the current version of each form. Publishing a new version keeps the old one and its signatures,
        and asks every client to sign again.
      </p>
      {query.isPending ? (
        <p role="status">Loading the consent forms…</p>
      ) : query.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The consent forms could not be loaded. {problemMessage(problemOf(query.error))}</p>
        </div>
      ) : query.data.length === 0 ? (
        creating ? (
          <PublishForm
            clinicId={clinicId}
            kind={DEFAULT_CONSENT_FORM.kind}
            nextVersion={1}
            initialTitle={DEFAULT_CONSENT_FORM.title}
            initialBody={DEFAULT_CONSENT_FORM.body}
            headingLevel={3}
            onDone={() => setCreating(false)}
          />
        ) : (
          <>
            <p>This clinic has no consent form yet. Start from Myomap’s treatment consent and adapt it.</p>
            <p>
              <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
                Write the treatment consent
              </button>
            </p>
          </>
        )
      ) : (
        byKind(query.data).map((kind) => <FormCard key={kind.current.kind} clinicId={clinicId} kind={kind} />)
      )}
    </section>
  );
}
