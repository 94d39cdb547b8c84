import { NOTE_MAX_LENGTH } from '@myomap/core/outcomes/measures.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { regionLabel } from '../atlas/labels.ts';
import { savedPainDrawing } from '../body/usePainDrawing.ts';
import { problemMessage, problemOf } from '../api/problems.ts';
import { formatDay, localDate, localTime } from '../outcomes/dates.ts';
import { addDiaryEntry, outcomesKey, type DiaryEntryInput, type OutcomeSource } from '../outcomes/queries.ts';
import { RatingScale } from '../outcomes/RatingScale.tsx';
import '../outcomes/outcomes.css';

type Extra = 'stiffness' | 'stress' | 'sleep' | 'soreness';
const EXTRAS: readonly Extra[] = ['stiffness', 'stress', 'sleep', 'soreness'];

/**
 * Today's diary entry in a few seconds: pain now is all it takes; stiffness, stress, sleep and a note are
 * there for whoever wants them. The date is the person's own local date.
 */
export function QuickEntry({ source, savedWhere }: { source: OutcomeSource; savedWhere: string }): React.JSX.Element {
  const id = useId();
  const queryClient = useQueryClient();
  const [pain, setPain] = useState<number | undefined>(undefined);
  const [extras, setExtras] = useState<Partial<Record<Extra, number>>>({});
  const [note, setNote] = useState('');
  const [missingPain, setMissingPain] = useState(false);
  const [saved, setSaved] = useState<DiaryEntryInput | null>(null);
  // The body map keeps its drawing in this browser: offered here so the diary can show where it hurt.
  const [drawing] = useState(savedPainDrawing);
  const [withDrawing, setWithDrawing] = useState(false);
  const today = localDate();

  const save = useMutation({
    mutationFn: async ({ entry, soreness }: { entry: DiaryEntryInput; soreness: number | undefined }) => {
      await addDiaryEntry(source, entry);
      // Soreness the day after a session belongs to that session's day (yesterday), as a session rating.
      if (soreness !== undefined) {
        const yesterday = new Date();
        yesterday.setDate(yesterday.getDate() - 1);
        await addDiaryEntry(source, { kind: 'session', date: localDate(yesterday), sorenessNextDay: soreness });
      }
      return entry;
    },
    onSuccess: async (entry) => {
      setSaved(entry);
      setPain(undefined);
      setExtras({});
      setNote('');
      await queryClient.invalidateQueries({ queryKey: outcomesKey(source) });
    },
  });

  const submit = (event: React.FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (pain === undefined) {
      setMissingPain(true);
      setSaved(null);
      return;
    }
    const trimmed = note.trim();
    const { soreness, ...scales } = extras;
    save.mutate({
      entry: {
        kind: 'diary',
        date: localDate(),
        time: localTime(),
        pain,
        ...scales,
        ...(trimmed ? { note: trimmed } : {}),
        ...(withDrawing && drawing ? { painDrawing: drawing } : {}),
      },
      soreness,
    });
  };

  const painError = missingPain && pain === undefined ? 'Choose your pain now, from 0 to 10.' : undefined;
  const extrasGiven = EXTRAS.filter((e) => extras[e] !== undefined).length;

  return (
    <section className="card quick-entry" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Today, {formatDay(today)}</h2>
      <p className="muted">{savedWhere}</p>
      <form className="form" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
        {painError ? (
          <div className="alert alert--error" role="alert">
            <p>{painError}</p>
          </div>
        ) : null}
        <RatingScale
          scale="pain"
          value={pain}
          error={painError}
          onChange={(v) => {
            setPain(v);
            setSaved(null);
          }}
        />
        <details className="quick-entry__more">
          <summary>
            More: stiffness, stress, sleep, soreness after yesterday’s session (optional)
            {extrasGiven > 0 ? ` · ${extrasGiven} rated` : ''}
          </summary>
          {EXTRAS.map((scale) => (
            <RatingScale
              key={scale}
              scale={scale}
              value={extras[scale]}
              onChange={(v) => setExtras((old) => ({ ...old, [scale]: v }))}
              onClear={() =>
                setExtras((old) => {
                  const next = { ...old };
                  delete next[scale];
                  return next;
                })
              }
            />
          ))}
        </details>
        {drawing ? (
          <div className="check-row">
            <input
              id={`${id}-drawing`}
              type="checkbox"
              checked={withDrawing}
              onChange={(e) => setWithDrawing(e.target.checked)}
            />
            <label htmlFor={`${id}-drawing`}>
              Add where it hurts from my body map (
              {drawing.regions.map((r) => `${regionLabel(r.region)} ${r.intensity}/10`).join(', ')})
            </label>
          </div>
        ) : (
          <p className="muted">
            To record where it hurts too, mark it on the <Link to="/body-map">body map</Link> first.
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-note`}>Note (optional)</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={NOTE_MAX_LENGTH}
            value={note}
            aria-describedby={`${id}-note-hint`}
            onChange={(e) => setNote(e.target.value)}
          />
          <p id={`${id}-note-hint`} className="field__hint">
            Anything that may explain the day: a long drive, a stressful meeting, a new pillow.
          </p>
        </div>
        {save.isError ? (
          <div className="alert alert--error" role="alert">
            <p>The entry could not be saved. {problemMessage(problemOf(save.error))}</p>
          </div>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
        <p role="status" className="quick-entry__status">
          {saved && !save.isPending
            ? `Saved: pain ${saved.pain} out of 10 at ${saved.time ?? ''} on ${formatDay(saved.date)}. The chart below now includes it.`
            : ''}
        </p>
      </form>
    </section>
  );
}
