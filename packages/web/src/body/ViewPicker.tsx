import type { ViewId } from '@myomap/core/body/region.types.ts';

export const VIEW_GROUPS: readonly { legend: string; views: readonly { id: ViewId; label: string }[] }[] = [
  {
    legend: 'Whole body',
    views: [
      { id: 'front', label: 'Front' },
      { id: 'back', label: 'Back' },
      { id: 'left', label: 'Left side' },
      { id: 'right', label: 'Right side' },
    ],
  },
  {
    legend: 'Close-ups',
    views: [
      { id: 'head-front', label: 'Face' },
      { id: 'head-side', label: 'Head, side' },
      { id: 'head-back', label: 'Head, back' },
      { id: 'hand-palm', label: 'Palms' },
      { id: 'hand-back', label: 'Backs of hands' },
      { id: 'foot-sole', label: 'Soles' },
      { id: 'foot-top', label: 'Tops of feet' },
    ],
  },
];

export function ViewPicker({ view, onChange }: { view: ViewId; onChange: (view: ViewId) => void }): React.JSX.Element {
  return (
    <div className="view-picker">
      {VIEW_GROUPS.map((group) => (
        <fieldset key={group.legend}>
          <legend>{group.legend}</legend>
          <div className="view-picker__options">
            {group.views.map((v) => (
              <label key={v.id} className="chip">
                <input
                  type="radio"
                  name="body-view"
                  value={v.id}
                  checked={view === v.id}
                  onChange={() => onChange(v.id)}
                />
                <span>{v.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
