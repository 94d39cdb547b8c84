import { useEffect, useRef } from 'react';

/**
 * A modal dialog on the browser's own `<dialog>`: it takes the focus, keeps the keyboard inside, closes
 * with Escape and gives the focus back to what opened it (or to `fallbackFocus` when that is gone).
 */
export function Dialog({
  labelledBy,
  onClose,
  fallbackFocus,
  children,
}: {
  labelledBy: string;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null;
  children: React.ReactNode;
}): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const fallback = useRef(fallbackFocus);
  useEffect(() => {
    fallback.current = fallbackFocus;
  }, [fallbackFocus]);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      const target = opener?.isConnected ? opener : fallback.current?.();
      target?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="cal-dialog"
      aria-labelledby={labelledBy}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (outside the dialog's box) closes it, as people expect.
        if (event.target === ref.current) {
          const box = ref.current.getBoundingClientRect();
          const inside =
            event.clientX >= box.left &&
            event.clientX <= box.right &&
            event.clientY >= box.top &&
            event.clientY <= box.bottom;
          if (!inside) ref.current.close();
        }
      }}
    >
      {children}
    </dialog>
  );
}
